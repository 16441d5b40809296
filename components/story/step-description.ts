/**
 * The sentence saying what a step's map shows, read from its chapter in the page (ChapterSection
 * renders it for readers who cannot see the map). Read from the page rather than passed to the
 * client components as well: the same eight sentences would otherwise travel twice.
 */
export function stepDescription(stepId: string): string {
  return document.getElementById(stepId)?.querySelector('.chapter__map-description')?.textContent ?? '';
}
