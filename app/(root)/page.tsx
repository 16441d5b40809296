import type { Metadata } from 'next';

export const metadata: Metadata = {
  title: 'المغرب وأمن مونديال قطر · Morocco and the Qatar World Cup',
};

const KEEP_HASH = "location.replace('/ar/'+location.hash)";

export default function RootPage() {
  return (
    <main className="redirect">
      {/* Static hosts cannot redirect for us: the refresh works without JavaScript, the script keeps a #step. */}
      <meta httpEquiv="refresh" content="0; url=/ar/" />
      <script dangerouslySetInnerHTML={{ __html: KEEP_HASH }} />
      <p>
        <a href="/ar/">القصة بالعربية</a> · <a href="/en/" lang="en" dir="ltr">The story in English</a>
      </p>
    </main>
  );
}
