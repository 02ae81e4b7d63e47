import type { ReactNode } from 'react';
import type { CleaningOptions, CleaningReport, RemovedBlockInfo } from '../../main/shared/types.ts';
import { describeBlockId, kindName } from './cleaning-words.ts';

interface Props {
  readonly report: CleaningReport;
  readonly busy: boolean;
  readonly onApply: (options: CleaningOptions) => void;
}

function without(list: readonly string[], item: string): string[] {
  return list.filter((entry) => entry !== item);
}

function byRule(removed: readonly RemovedBlockInfo[]): Map<string, RemovedBlockInfo[]> {
  const groups = new Map<string, RemovedBlockInfo[]>();
  for (const block of removed) groups.set(block.rule, [...(groups.get(block.rule) ?? []), block]);
  return groups;
}

/** Every block cleaning removed, grouped by rule, with restore buttons; restored blocks can be removed again. */
export function CleaningPanel({ report, busy, onApply }: Props): ReactNode {
  const { disabledRules, keptBlocks } = report;
  const restored = [
    ...disabledRules.map((rule) => ({ rule, block: null })),
    ...keptBlocks.map((block) => ({ rule: null, block })),
  ];
  return (
    <section className="cleaning-panel" aria-label="Removed from this page" aria-busy={busy}>
      {report.removed.length === 0 ? (
        <p className="cleaning-empty">Nothing was removed from this page.</p>
      ) : null}
      {[...byRule(report.removed)].map(([rule, blocks]) => (
        <div key={rule} className="cleaning-rule">
          <div className="cleaning-rule-head">
            <h3>{rule}</h3>
            <button
              type="button"
              className="button quiet"
              disabled={busy}
              onClick={() => {
                onApply({ disabledRules: [...disabledRules, rule], keptBlocks });
              }}
            >
              Keep everything this rule removed here
            </button>
          </div>
          <ul className="cleaning-blocks">
            {blocks.map((block) => (
              <li key={block.id} className="cleaning-block">
                <span className="cleaning-kind">{kindName(block.kind)}</span>
                <span className="cleaning-text">{block.text}</span>
                <button
                  type="button"
                  className="button"
                  disabled={busy}
                  aria-label={`Restore ${block.text}`}
                  onClick={() => {
                    onApply({ disabledRules, keptBlocks: [...keptBlocks, block.id] });
                  }}
                >
                  Restore
                </button>
              </li>
            ))}
          </ul>
        </div>
      ))}
      {restored.length === 0 ? null : (
        <div className="cleaning-restored">
          <h3>Restored</h3>
          <ul className="cleaning-blocks">
            {restored.map(({ rule, block }) => (
              <li key={rule ?? block} className="cleaning-block">
                <span className="cleaning-text">
                  {rule === null ? describeBlockId(block) : `Everything ${rule} removed`}
                </span>
                <button
                  type="button"
                  className="button quiet"
                  disabled={busy}
                  onClick={() => {
                    onApply(
                      rule === null
                        ? { disabledRules, keptBlocks: without(keptBlocks, block) }
                        : { disabledRules: without(disabledRules, rule), keptBlocks },
                    );
                  }}
                >
                  Remove again
                </button>
              </li>
            ))}
          </ul>
        </div>
      )}
    </section>
  );
}
