/** One schema step; `migrations[i]` takes a database from user_version i to i + 1. */
export interface Migration {
  readonly description: string;
  readonly sql: string;
}

/** Every schema step, in order. Append only: never edit a migration that has shipped. */
export const migrations: readonly Migration[] = [
  {
    description: 'originals, articles and provenance',
    sql: `
      CREATE TABLE originals (
        sha256 TEXT PRIMARY KEY NOT NULL,
        size INTEGER NOT NULL,
        path TEXT NOT NULL
      ) STRICT;
      CREATE TABLE articles (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        title TEXT NOT NULL,
        byline TEXT,
        site_name TEXT,
        published_time TEXT,
        added_at TEXT NOT NULL,
        url TEXT,
        lang TEXT,
        excerpt TEXT,
        word_count INTEGER NOT NULL,
        status TEXT NOT NULL CHECK (status IN ('ok', 'no-article')),
        html TEXT NOT NULL,
        text TEXT NOT NULL,
        charset TEXT NOT NULL,
        cleaner_version INTEGER NOT NULL,
        original_sha256 TEXT NOT NULL UNIQUE REFERENCES originals (sha256)
      ) STRICT;
      CREATE TABLE provenance (
        article_id INTEGER PRIMARY KEY NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
        file_name TEXT NOT NULL,
        file_path TEXT NOT NULL,
        modified_at TEXT,
        captured_at TEXT
      ) STRICT;
    `,
  },
  {
    description: 'indexes for sorting the library list',
    sql: `
      CREATE INDEX articles_added_at ON articles (added_at, id);
      CREATE INDEX articles_published_time ON articles (published_time, id);
    `,
  },
  {
    description: 'cleaning reports: removed blocks and per-article cleaning options',
    sql: `
      CREATE TABLE removed_blocks (
        article_id INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        block_id TEXT NOT NULL,
        rule TEXT NOT NULL,
        kind TEXT NOT NULL,
        text TEXT NOT NULL,
        PRIMARY KEY (article_id, position)
      ) STRICT;
      CREATE TABLE cleaning_options (
        article_id INTEGER PRIMARY KEY NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
        disabled_rules TEXT NOT NULL,
        kept_blocks TEXT NOT NULL
      ) STRICT;
    `,
  },
  {
    description: 'normalized urls and version groups',
    sql: `
      ALTER TABLE articles ADD COLUMN normalized_url TEXT;
      ALTER TABLE articles ADD COLUMN fingerprint TEXT;
      ALTER TABLE articles ADD COLUMN version_group INTEGER;
      CREATE INDEX articles_normalized_url ON articles (normalized_url, id);
      CREATE INDEX articles_version_group ON articles (version_group, id);
    `,
  },
  {
    description: 'assets: images of saved pages stored in the library, and which article references use them',
    sql: `
      CREATE TABLE assets (
        sha256 TEXT PRIMARY KEY NOT NULL,
        mime_type TEXT NOT NULL,
        size INTEGER NOT NULL
      ) STRICT;
      CREATE TABLE article_assets (
        article_id INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
        reference TEXT NOT NULL,
        sha256 TEXT NOT NULL REFERENCES assets (sha256),
        PRIMARY KEY (article_id, reference)
      ) STRICT;
    `,
  },
  {
    description: 'saved searches: named queries shown in the sidebar',
    sql: `
      CREATE TABLE saved_searches (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        name TEXT NOT NULL UNIQUE,
        query TEXT NOT NULL,
        sort TEXT,
        created_at TEXT NOT NULL
      ) STRICT;
    `,
  },
  {
    description: 'entities: registry, aliases, mentions, suggestions and rejected names',
    sql: `
      CREATE TABLE entities (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        name TEXT NOT NULL,
        name_key TEXT NOT NULL,
        type TEXT NOT NULL,
        note TEXT,
        colour TEXT,
        merged_into INTEGER REFERENCES entities (id),
        created_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX entities_name_key ON entities (name_key) WHERE merged_into IS NULL;
      CREATE INDEX entities_merged_into ON entities (merged_into);
      CREATE TABLE entity_aliases (
        entity_id INTEGER NOT NULL REFERENCES entities (id),
        alias TEXT NOT NULL,
        alias_key TEXT NOT NULL,
        origin_entity_id INTEGER NOT NULL REFERENCES entities (id),
        PRIMARY KEY (entity_id, alias_key)
      ) STRICT;
      CREATE INDEX entity_aliases_key ON entity_aliases (alias_key);
      CREATE TABLE entity_mentions (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        article_id INTEGER NOT NULL REFERENCES articles (id),
        entity_id INTEGER NOT NULL REFERENCES entities (id),
        origin_entity_id INTEGER NOT NULL REFERENCES entities (id),
        start INTEGER NOT NULL,
        end INTEGER NOT NULL,
        text TEXT NOT NULL,
        prefix TEXT NOT NULL,
        suffix TEXT NOT NULL,
        made_by TEXT NOT NULL CHECK (made_by IN ('person', 'suggester')),
        unplaced INTEGER NOT NULL DEFAULT 0,
        created_at TEXT NOT NULL,
        UNIQUE (article_id, start, end, entity_id)
      ) STRICT;
      CREATE INDEX entity_mentions_article ON entity_mentions (article_id, start);
      CREATE INDEX entity_mentions_entity ON entity_mentions (entity_id, article_id);
      CREATE TABLE entity_suggestions (
        article_id INTEGER NOT NULL REFERENCES articles (id),
        name TEXT NOT NULL,
        name_key TEXT NOT NULL,
        type TEXT NOT NULL,
        mentions_json TEXT NOT NULL,
        status TEXT NOT NULL CHECK (status IN ('open', 'accepted', 'rejected')),
        PRIMARY KEY (article_id, name_key, type)
      ) STRICT;
      CREATE TABLE entity_suggestion_runs (
        article_id INTEGER PRIMARY KEY REFERENCES articles (id),
        suggester_version INTEGER NOT NULL,
        ran_at TEXT NOT NULL
      ) STRICT;
      CREATE TABLE rejected_names (
        name_key TEXT PRIMARY KEY,
        name TEXT NOT NULL,
        created_at TEXT NOT NULL
      ) STRICT;
    `,
  },
  {
    description:
      'article links: typed, directed links between two articles, made by hand or from a suggestion',
    sql: `
      CREATE TABLE article_links (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        source_id INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
        target_id INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
        type TEXT NOT NULL CHECK (length(type) BETWEEN 1 AND 40),
        note TEXT,
        made_by TEXT NOT NULL CHECK (made_by IN ('person', 'suggestion')),
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        UNIQUE (source_id, target_id, type),
        CHECK (source_id <> target_id)
      ) STRICT;
      CREATE INDEX article_links_target ON article_links (target_id, source_id);
    `,
  },
  {
    description: 'trash: deleted articles, each with a JSON snapshot of its rows so it can be restored',
    sql: `
      CREATE TABLE trash (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        article_id INTEGER NOT NULL,
        title TEXT NOT NULL,
        site_name TEXT,
        original_sha256 TEXT NOT NULL REFERENCES originals (sha256),
        asset_sha256s TEXT NOT NULL,
        trashed_at TEXT NOT NULL,
        snapshot TEXT NOT NULL
      ) STRICT;
      CREATE INDEX trash_article ON trash (article_id);
      CREATE INDEX trash_original ON trash (original_sha256);
    `,
  },
  {
    description:
      'related stories: per-article features (entity keys, terms, numbers), their document counts, dismissed pairs',
    sql: `
      CREATE TABLE related_articles (
        article_id INTEGER PRIMARY KEY REFERENCES articles (id) ON DELETE CASCADE,
        signature TEXT NOT NULL,
        published_day INTEGER,
        all_keys TEXT NOT NULL,
        features_json TEXT NOT NULL
      ) STRICT;
      CREATE TABLE related_features (
        article_id INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
        key TEXT NOT NULL,
        weight REAL NOT NULL,
        PRIMARY KEY (article_id, key)
      ) STRICT;
      CREATE INDEX related_features_key ON related_features (key, article_id);
      CREATE TABLE related_df (key TEXT PRIMARY KEY, df INTEGER NOT NULL) STRICT, WITHOUT ROWID;
      CREATE TABLE related_dismissals (
        low_id INTEGER NOT NULL,
        high_id INTEGER NOT NULL,
        created_at TEXT NOT NULL,
        PRIMARY KEY (low_id, high_id)
      ) STRICT;
    `,
  },
  {
    description: 'story threads: names anchored at one article of a thread',
    sql: `
      CREATE TABLE thread_names (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        name TEXT NOT NULL UNIQUE,
        anchor_article_id INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
        created_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX thread_names_anchor ON thread_names (anchor_article_id);
    `,
  },
  {
    // Search keeps every article's filter columns in memory; read from the table, each row's page
    // comes with its text (~3.6 s for 100k articles), from this covering index a fraction of that.
    description: 'search filter columns: a covering index for reading them all at once',
    sql: `
      CREATE INDEX articles_search_columns
        ON articles (title, byline, site_name, lang, published_time, added_at);
    `,
  },
  {
    // Articles trashed before trashing lowered the related-story document counts still counted.
    // Recounting every article's keys here froze the first open (16 s at 100k articles), so the
    // migration only marks the recount as due: related/recount-document-counts.ts runs it after
    // open in slices, into related_df_next, while changes to articles it has already read are kept
    // in related_df_delta, then swaps the new counts in.
    description: 'related stories: document counts recomputed from the articles in the library',
    sql: `
      CREATE TABLE related_df_recount (id INTEGER PRIMARY KEY CHECK (id = 1)) STRICT;
      CREATE TABLE related_df_next (key TEXT PRIMARY KEY, df INTEGER NOT NULL) STRICT, WITHOUT ROWID;
      CREATE TABLE related_df_delta (key TEXT PRIMARY KEY, df INTEGER NOT NULL) STRICT, WITHOUT ROWID;
      INSERT INTO related_df_recount (id) SELECT 1 WHERE EXISTS (SELECT 1 FROM related_articles);
    `,
  },
  {
    // An article's reader HTML came before its text in each row, so every read of a text (phrase
    // checks, snippets, related-story features) walked the HTML's overflow pages first: ~5–15 % more
    // CPU per random text read at 100k synthetic articles, more where the HTML outweighs the text.
    // New and re-cleaned articles keep their HTML in article_html and '' in articles.html. Moving the
    // HTML of existing articles rewrites every row (~30 s at 100k articles, longer than an open may
    // take), so the migration only marks it due: store/move-article-html.ts moves it after open, in
    // short turns after a cursor. Until an article is moved its HTML is read from its row, as before.
    description: 'article html in its own table, so that reading an article text does not pass over it',
    sql: `
      CREATE TABLE article_html (
        article_id INTEGER PRIMARY KEY NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
        html TEXT NOT NULL
      ) STRICT;
      CREATE TABLE article_html_move (id INTEGER PRIMARY KEY CHECK (id = 1), after_id INTEGER NOT NULL) STRICT;
      INSERT INTO article_html_move (id, after_id) SELECT 1, 0 WHERE EXISTS (SELECT 1 FROM articles);
    `,
  },
  {
    // Issue 6: past the last step of the library's size at which every article is recomputed, the term
    // keys whose document count crossed a step, with the count it crossed to: the articles keeping them
    // are recomputed in the background (related/features-catch-up.ts), from open on if closed first.
    description: 'related stories: term keys whose count moved, for recomputing the articles keeping them',
    sql: `
      CREATE TABLE related_pending_keys (
        key TEXT PRIMARY KEY, df INTEGER NOT NULL, marks INTEGER NOT NULL DEFAULT 1
      ) STRICT, WITHOUT ROWID;
    `,
  },
];

/** The schema version this code writes. */
export const latestSchemaVersion = migrations.length;
