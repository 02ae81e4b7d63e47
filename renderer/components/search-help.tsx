import { useEffect, useEffectEvent, useRef, useState, type ReactNode } from 'react';
import { isEditable } from '../hooks/use-keyboard.ts';
import { queryHelp } from './query-help.ts';

const dialogId = 'search-help';

/** The `?` button by the search box (or the `?` key outside text fields): the query language, one example each. */
export function SearchHelp(): ReactNode {
  const [open, setOpen] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  const dialog = useRef<HTMLDivElement>(null);

  const close = (): void => {
    setOpen(false);
    button.current?.focus();
  };
  const onKey = useEffectEvent((event: KeyboardEvent) => {
    if (event.key !== '?' || event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey) return;
    if (isEditable(event.target)) return;
    event.preventDefault();
    setOpen(true);
  });
  useEffect(() => {
    window.addEventListener('keydown', onKey);
    return () => {
      window.removeEventListener('keydown', onKey);
    };
  }, []);
  useEffect(() => {
    if (open) dialog.current?.focus();
  }, [open]);

  return (
    <>
      <button
        ref={button}
        type="button"
        className="help-button"
        aria-label="Search help"
        aria-haspopup="dialog"
        aria-expanded={open}
        aria-controls={open ? dialogId : undefined}
        title="Search help (?)"
        onClick={() => {
          if (open) close();
          else setOpen(true);
        }}
      >
        ?
      </button>
      {open ? (
        <div
          ref={dialog}
          id={dialogId}
          className="help-popover"
          role="dialog"
          aria-label="Search help"
          tabIndex={-1}
          onKeyDown={(event) => {
            if (event.key !== 'Escape') return;
            // Handled here, so the window's Escape does not also clear the query.
            event.preventDefault();
            close();
          }}
          onBlur={(event) => {
            if (event.relatedTarget !== null && event.currentTarget.contains(event.relatedTarget)) return;
            if (event.relatedTarget === button.current) return;
            setOpen(false);
          }}
        >
          <div className="help-head">
            <h2>Searching</h2>
            <button type="button" className="button quiet" aria-label="Close help" onClick={close}>
              ×
            </button>
          </div>
          <dl className="help-list">
            {queryHelp.map((entry) => (
              <div key={entry.syntax}>
                <dt>
                  <code>{entry.syntax}</code>
                </dt>
                <dd>
                  {entry.meaning} <code className="help-example">{entry.example}</code>
                </dd>
              </div>
            ))}
          </dl>
          {/* Every key the window answers to, and only those (use-keyboard, use-delete-key,
              use-match-navigation, use-entity-reader, use-links-reader, use-entity-view,
              related-suggestion-item). */}
          <p className="help-keys">
            <kbd>/</kbd> search · <kbd>Esc</kbd> clear it · <kbd>↑</kbd>/<kbd>↓</kbd> pick · <kbd>Home</kbd>/
            <kbd>End</kbd> first/last · <kbd>Enter</kbd> open · <kbd>n</kbd>/<kbd>N</kbd> or <kbd>F3</kbd>/
            <kbd>Shift+F3</kbd> next/previous match · <kbd>Ctrl/⌘+S</kbd> save search · <kbd>t</kbd> tag the
            selected words · <kbd>l</kbd> link the open article to another · on a related-story suggestion,{' '}
            <kbd>a</kbd> link it, <kbd>d</kbd> dismiss it, <kbd>↑</kbd>/<kbd>↓</kbd> the next or previous one
            · <kbd>Delete</kbd> (<kbd>⌘⌫</kbd>) move the selected article to the Trash · <kbd>Alt+←</kbd> back
            from an entity page · <kbd>?</kbd> this help
          </p>
          <p className="help-keys">
            The letters <kbd>t</kbd>, <kbd>l</kbd>, <kbd>a</kbd> and <kbd>d</kbd> act pressed alone (Caps Lock
            on or off), never with Shift, Ctrl, Alt or ⌘, and not while typing in a text field.
          </p>
        </div>
      ) : null}
    </>
  );
}
