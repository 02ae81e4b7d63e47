/** `dossier --help`. */
export const helpText = `dossier — the archive engine of Dossier, on the command line

Usage:
  dossier import <files or folders…> [--json]   import saved pages (.html/.htm; folders recursively)
  dossier search "<query>" [--json] [--limit N] search the library
  dossier show <id> [--text | --html | --json]  print one article
  dossier export <id> [--format json|markdown]  print one article with its provenance (default markdown)
  dossier clean <files…> [--json]               clean pages without storing them
  dossier entities <id|file> [--json]           suggest the people, organisations and places of one article
  dossier export-entities <entities|mentions|cooccurrences> [--format csv|json]
                                                the entity registry, mentions in context or co-occurrences
  dossier links <id> [--json]                   the links to and from one article, with types and notes
  dossier export-links [--format csv|json] [--out FILE]
                                                every link between articles (default csv, to stdout)
  dossier related <id> [--json] [--limit N]     articles suggested as related to one, with the reasons
  dossier thread <id> [--markdown|--json]       the story thread of an article, oldest first
  dossier reclean [--all] [--json]              re-clean articles from their originals (default: those
                                                cleaned by an older cleaner; --all: every article)
  dossier delete <id…>                          move articles to the Trash
  dossier trash [--json]                        the articles in the Trash
  dossier restore-article <id…>                 put trashed articles back
  dossier empty-trash --yes                     delete trashed articles and their files for good
  dossier serve [--port N]                      serve the Dossier UI to your browser (127.0.0.1 only)
  dossier check [--repair] [--json]             verify the database and every stored file (exit 1: problems);
                                                --repair clears unfinished writes, moves orphans to lost+found/
  dossier compact [--json]                      rewrite the database with 16 KB pages and no free space
                                                (older libraries: search reads fewer pages from a cold disk)
  dossier backup <dest> [--json]                copy the library (safe while it is open) to a new folder
  dossier restore <backup> [--force] [--json]   verify a backup and put it in place of the library
                                                (--force moves an existing library aside, never deletes it)

Options:
  --library DIR   the library folder (default: $DOSSIER_LIBRARY, else the platform's app-data folder)
  --json          machine-readable output: one JSON object per line
  -h, --help      this help
  -v, --version   the version

Exit codes: 0 ok · 1 error · 2 usage · 3 some files failed · 130 interrupted.
Progress goes to stderr; results go to stdout.
`;
