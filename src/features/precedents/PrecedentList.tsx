import { useState } from 'react';
import type { PrecedentCase } from '../../data/schema/precedents';
import type { Source } from '../../data/schema/sources';
import { m } from '../../i18n/messages';
import { useLang, useLocalized } from '../../i18n/useLang';
import { formatDate } from '../../i18n/format';
import { setViewState } from '../../state/urlStore';
import { useViewStateField } from '../../state/useViewState';
import type { ViewState } from '../../state/viewState';
import { compareStatus } from './precedentSelectors';
import { MAX_COMPARE } from './urlFields';
import { showMap } from './showMap';
import { recordLink } from '../../state/recordLink';
import { CopyLinkButton } from '../../ui/CopyLinkButton';
import { SourceLinks } from '../../ui/SourceLinks';
import { useReveal } from '../../ui/useReveal';

interface Props {
  /** Every case, in the chosen order; the filters hide the ones they leave out. */
  cases: readonly PrecedentCase[];
  shown: ReadonlySet<string>;
  /** Every case in the dataset's order: what the compared set (featured cases by default) is read against. */
  allCases: readonly PrecedentCase[];
  selected: string | null;
  sources: Map<string, Source>;
  /** Reads the compared set when called: the same function as the set changes, so the cards do not redraw. */
  onToggleCompare: (id: string) => void;
}

/**
 * Every verified designation of a sitting leader, featured cases first, Petro marked as the reference. Cards a
 * filter leaves out stay in the page, hidden: a filter change then flips a few attributes instead of building
 * and tearing down hundreds of elements.
 */
export function PrecedentList({ cases, shown, allCases, selected, sources, onToggleCompare }: Props) {
  return (
    <ol className="precedent-list">
      {cases.map((c) => (
        <PrecedentCard
          key={c.id}
          c={c}
          cases={allCases}
          hidden={!shown.has(c.id)}
          selected={selected === c.id}
          sources={sources}
          onToggleCompare={onToggleCompare}
        />
      ))}
    </ol>
  );
}

interface HeadProps {
  c: PrecedentCase;
  /** Every case: what the compared set is read against. */
  cases: readonly PrecedentCase[];
  selected: boolean;
  onToggleCompare: (id: string) => void;
}

/** One card, with primitive props besides the data: a filter change redraws the cards it shows or hides. */
function PrecedentCard({ hidden, sources, ...head }: HeadProps & { hidden: boolean; sources: Map<string, Source> }) {
  const { c, selected } = head;
  // A case named by the link the page opened with is brought into sight; a later pick leaves the page where it is.
  const ref = useReveal<HTMLLIElement>(selected ? c.id : null, 'mount');
  return (
    <li
      ref={ref}
      hidden={hidden}
      className={`precedent precedent--${c.role} record-target${selected ? ' precedent--selected' : ''}`}
      aria-current={selected ? 'true' : undefined}
    >
      <PrecedentHead {...head} />
      <PrecedentDetails c={c} sources={sources} />
    </li>
  );
}

/** A case's name and buttons; the Compare button follows the compared set by itself. */
function PrecedentHead({ c, cases, selected, onToggleCompare }: HeadProps) {
  const lang = useLang();
  const text = useLocalized();
  return (
    <div className="precedent__head">
      <h3>
        {text(c.country)} — {c.leader}
        {c.role === 'reference' ? <span className="badge">{m.precedents_reference({}, { locale: lang })}</span> : null}
        {c.role === 'featured' ? (
          <span className="badge badge--featured">{m.precedents_featured({}, { locale: lang })}</span>
        ) : null}
      </h3>
      <div className="precedent__actions">
        <button
          type="button"
          aria-pressed={selected}
          onClick={() => {
            setViewState({ precedent: selected ? null : c.id, country: selected ? null : c.countryIso3 });
            if (!selected) showMap();
          }}
        >
          {m.precedents_select({}, { locale: lang })}
        </button>
        {c.role === 'reference' ? null : <CompareButton id={c.id} cases={cases} onToggleCompare={onToggleCompare} />}
        <CopyLinkButton link={() => recordLink({ precedent: c.id }, true)} name={`${text(c.country)} — ${c.leader}`} />
      </div>
    </div>
  );
}

/**
 * Reads the compared set from the URL itself, as one of three states: a change of the set redraws the buttons
 * whose state changed, not every card (the set filling up used to redraw all sixteen).
 */
function CompareButton({
  id,
  cases,
  onToggleCompare,
}: {
  id: string;
  cases: readonly PrecedentCase[];
  onToggleCompare: (id: string) => void;
}) {
  const lang = useLang();
  const select = (s: ViewState) => compareStatus(cases, s.compare, id);
  const status = useViewStateField(select);
  // Pressed while full: say why nothing happened, beside the button (a silent no-op read as broken, issue 16).
  const [explained, setExplained] = useState(false);
  const full = status === 'full';
  const noteId = `compare-full-${id}`;
  return (
    <>
      <button
        type="button"
        aria-pressed={status === 'compared'}
        // aria-disabled, not disabled: the button stays focusable and reads its reason (aria-describedby).
        aria-disabled={full ? 'true' : undefined}
        aria-describedby={full ? noteId : undefined}
        title={full ? m.precedents_compare_full({ max: MAX_COMPARE }, { locale: lang }) : undefined}
        onClick={() => (full ? setExplained(true) : onToggleCompare(id))}
      >
        {m.precedents_compare({}, { locale: lang })}
      </button>
      {full ? (
        <span id={noteId} className={explained ? 'compare-full-note' : 'visually-hidden'}>
          {m.precedents_compare_full({ max: MAX_COMPARE }, { locale: lang })}
        </span>
      ) : null}
    </>
  );
}

/** What the case was and what came of it, with its sources: the same whatever the filters. */
function PrecedentDetails({ c, sources }: { c: PrecedentCase; sources: Map<string, Source> }) {
  const lang = useLang();
  const text = useLocalized();
  return (
    <>
      <p className="precedent__facts">
        {text(c.titleAtTime)} · {formatDate(c.designationDate, lang)} · {c.authority} · {c.agency}
      </p>
      <p>{text(c.statedReason)}</p>
      <p className="muted">
        {m.precedents_outcome_label({}, { locale: lang })}: {text(c.outcomeSummary)} ·{' '}
        {m.precedents_sources({}, { locale: lang })}: <SourceLinks ids={c.sourceIds} sources={sources} limit={3} />
      </p>
    </>
  );
}
