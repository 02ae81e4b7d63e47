import type { ReactNode } from 'react';
import type { ArticleId } from '../../main/shared/ids.ts';
import type { ArticleDetail } from '../../main/shared/types.ts';
import { describeError } from '../api/error-messages.ts';
import { useArticleRelations } from '../hooks/use-article-relations.ts';
import { CopyButton } from './copy-button.tsx';
import { ExportButtons } from './export-buttons.tsx';
import { RelatedList } from './related-list.tsx';

interface Props {
  readonly article: ArticleDetail;
  readonly onOpen: (id: ArticleId) => void;
}

const numberFormat = new Intl.NumberFormat();

// Full timestamps: provenance is for checking, so the time of day matters too.
function when(iso: string | null): string {
  if (iso === null) return 'Unknown';
  const time = Date.parse(iso);
  return Number.isNaN(time) ? iso : new Date(time).toLocaleString();
}

/** Where this copy came from (every provenance field), its other copies and versions, and export. */
export function AboutThisCopy({ article, onOpen }: Props): ReactNode {
  const { relations, error } = useArticleRelations(article.id);
  const p = article.provenance;
  return (
    <section className="about-copy" aria-label="About this copy">
      <h2>About this copy</h2>
      <dl className="about-facts">
        <dt>SHA-256</dt>
        <dd>
          <code className="about-sha">{p.sha256}</code> <CopyButton text={p.sha256} label="Copy SHA-256" />
        </dd>
        <dt>File name</dt>
        <dd>{p.fileName}</dd>
        <dt>File path</dt>
        <dd className="about-path">{p.filePath}</dd>
        <dt>Size</dt>
        <dd>{numberFormat.format(p.size)} bytes</dd>
        <dt>File modified</dt>
        <dd>{when(p.modifiedAt)}</dd>
        <dt>Captured</dt>
        <dd>{when(p.capturedAt)}</dd>
        <dt>Published</dt>
        <dd>{when(article.publishedTime)}</dd>
        <dt>Added to library</dt>
        <dd>{when(article.addedAt)}</dd>
        <dt>Canonical URL</dt>
        <dd className="about-path">{article.url ?? 'Unknown'}</dd>
        <dt>Charset</dt>
        <dd>{p.charset}</dd>
        <dt>Cleaner version</dt>
        <dd>{p.cleanerVersion}</dd>
      </dl>
      {error === null ? null : (
        <p className="notice error" role="alert">
          {describeError(error)}
        </p>
      )}
      {relations === null ? null : (
        <>
          <RelatedList
            heading="Other copies (same URL)"
            empty="No other copy of this address."
            articles={relations.sameUrl}
            onOpen={onOpen}
          />
          <RelatedList
            heading="Versions (near-identical text)"
            empty="No other version of this text."
            articles={relations.versions}
            onOpen={onOpen}
          />
        </>
      )}
      <ExportButtons articleId={article.id} />
    </section>
  );
}
