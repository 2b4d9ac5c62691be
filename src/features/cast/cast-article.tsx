import { Link } from 'react-router';
import { Caveats } from '@/lib/caveats.tsx';
import { CharacterLinks } from '@/lib/character-links.tsx';
import { Cite, numberCitations, References } from '@/lib/citations.tsx';
import { formatDate } from '@/lib/dates.ts';
import { EpisodeBadge, GatedSection, sectionGate, type SectionGate } from '@/lib/gated-section.tsx';
import { MediumLabel } from '@/lib/medium-label.tsx';
import { paths } from '@/lib/paths.ts';
import { QuoteFigure, quoteListClass } from '@/lib/quote-figure.tsx';
import { rolesOf, type CastSection, type CastView } from './cast-view.ts';
import styles from './cast-article.module.css';


export function CastArticle({ view, sections }: { view: CastView; sections: SectionGate }) {
  const { person, bio, characters, awards, quotes, citations } = view;
  const numbers = numberCitations(citations);
  // A section shows when it has something to show or to hide.
  const section = (name: CastSection, items: readonly unknown[]) => sectionGate(sections, name, items);
  const about = section('bio', bio);
  const said = section('quotes', quotes);

  return (
    <article className={styles.article}>
      <header>
        <h1>{person.name}</h1>
        <p className={styles.credit}>
          {rolesOf(person.roles)}
          {person.species ? ` (a ${person.species})` : null}
          {characters.length > 0 ? (
            <>
              , playing <CharacterLinks characters={characters} />
            </>
          ) : null}
          <Cite sources={person.sources} numbers={numbers} />
        </p>
      </header>

      {about ? (
        <GatedSection id="about" heading={`About ${person.name}`} listClassName={styles.bio} {...about}>
          {bio.map((b) => (
            <li key={b.text}>
              {b.reveals ? <EpisodeBadge reveals={b.reveals} /> : null}
              <MediumLabel medium={b.medium} />
              {b.text}
              <Cite sources={b.sources} numbers={numbers} />
              {b.note ? <span className={styles.note}> Note: {b.note}</span> : null}
            </li>
          ))}
        </GatedSection>
      ) : null}

      {awards.length > 0 ? (
        <section aria-labelledby="awards">
          <h2 id="awards">Awards and nominations</h2>
          <ul className={styles.awards}>
            {awards.map((a) => (
              <li key={a.id}>
                <strong>{a.result === 'won' ? 'Won' : 'Nominated'}</strong>, {a.year} {a.ceremony}: {a.category}
                {a.season ? ` (Season ${a.season})` : ''}
                <Cite sources={a.sources} numbers={numbers} />
                <Caveats item={a} className={styles.note} />
              </li>
            ))}
          </ul>
          <p>
            <Link to={paths.reception()}>All the show’s reviews and awards</Link>
          </p>
        </section>
      ) : null}

      {said ? (
        <GatedSection id="quotes" heading="What they said" listClassName={quoteListClass} {...said}>
          {quotes.map((q) => (
            <li key={q.id}>
              <QuoteFigure text={q.text}>
                {q.reveals ? <EpisodeBadge reveals={q.reveals} /> : null}
                {person.name}, {q.said}, <time dateTime={q.date}>{formatDate(q.date)}</time>
                <Cite sources={[q.source]} numbers={numbers} />
                {q.about.length > 0 ? (
                  <>
                    {' '}
                    · On <CharacterLinks characters={q.about} />
                  </>
                ) : null}
              </QuoteFigure>
            </li>
          ))}
        </GatedSection>
      ) : null}

      <References sources={citations} />
      <p>
        <Link to={paths.castList()}>Everyone in the cast and crew</Link>
      </p>
    </article>
  );
}
