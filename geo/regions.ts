/**
 * The story's region: the Canaries and Morocco's Atlantic coast to the Gulf of Oman, the Sahel
 * to the Pyrenees and Anatolia. The basemap draws it in detail; the content check uses it to
 * spot swapped coordinates. (Its own module so the check does not pull in the basemap's data.)
 */
export const STORY_BOX = [-20, 12, 64, 44] as const;
