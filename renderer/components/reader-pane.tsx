import { useState, type ReactNode } from 'react';
import type { ArticleId, EntityId } from '../../main/shared/ids.ts';
import type { ArticleDetail } from '../../main/shared/types.ts';
import { describeError } from '../api/error-messages.ts';
import { useArticle } from '../hooks/use-article.ts';
import { useEntityReader } from '../hooks/use-entity-reader.ts';
import { useLinksReader } from '../hooks/use-links-reader.ts';
import { useMatchNavigation } from '../hooks/use-match-navigation.ts';
import { useMatches } from '../hooks/use-matches.ts';
import { useFocusTitleWhenShown, type TitleFocus } from '../hooks/use-title-focus.ts';
import { AboutThisCopy } from './about-this-copy.tsx';
import { CleanView } from './clean-view.tsx';
import { EntityPanel } from './entity-panel.tsx';
import { LinksPanel } from './links-panel.tsx';
import { MatchNavigator } from './match-navigator.tsx';
import { MentionDialog } from './mention-dialog.tsx';
import { OriginalView } from './original-view.tsx';
import { ReaderSkeleton } from './reader-skeleton.tsx';
import { RemovedMentionsToast } from './removed-mentions-toast.tsx';
import { StoryViewButtons } from './story-view-buttons.tsx';
import { TagOffer } from './tag-offer.tsx';
import { TagSelectionDialog } from './tag-selection-dialog.tsx';
import { ViewToggle, type ReaderView } from './view-toggle.tsx';

interface Props {
  readonly articleId: ArticleId;
  readonly view: ReaderView;
  readonly onView: (view: ReaderView) => void;
  /** Opens another article (a copy or version listed in "About this copy"). */
  readonly onOpen: (id: ArticleId) => void;
  /** The article opened from inside the reader, whose title takes the focus once shown. */
  readonly titleFocus?: TitleFocus;
  /** The answered search query, whose matches are marked in the article ('' for none). */
  readonly query: string;
  /** Opens an entity's page in place of the article (from a mention in the text). */
  readonly onOpenEntity: (id: EntityId) => void;
  /** Opens the article's story thread or neighbourhood graph in place of the reader. */
  readonly onStoryView?: (kind: 'thread' | 'graph', id: ArticleId) => void;
}

/** The article being read, clean or original. */
export function ReaderPane({
  articleId,
  view,
  onView,
  onOpen,
  query,
  onOpenEntity,
  onStoryView,
  titleFocus,
}: Props): ReactNode {
  const article = useArticle(articleId);
  const words = useMatches(articleId, query);
  const navigation = useMatchNavigation();
  // The article as re-cleaned from the cleaning panel, until another article is opened.
  const [recleaned, setRecleaned] = useState<ArticleDetail | null>(null);
  const [aboutOpen, setAboutOpen] = useState(false);
  const shown = article?.state === 'ready' ? (recleaned?.id === articleId ? recleaned : article.value) : null;
  useFocusTitleWhenShown(titleFocus, shown?.id ?? null);
  const [entitiesOpen, setEntitiesOpen] = useState(false);
  const entities = useEntityReader(articleId, shown?.status === 'ok' ? shown.text : null);
  const { fixing } = entities.fixes;
  const links = useLinksReader(articleId);
  const linkCount = (links.state.links?.outgoing.length ?? 0) + (links.state.links?.incoming.length ?? 0);
  return (
    <>
      <div className="reader-bar">
        <button
          type="button"
          className="button"
          aria-expanded={aboutOpen}
          onClick={() => {
            setAboutOpen(!aboutOpen);
          }}
        >
          About this copy
        </button>
        <button
          type="button"
          className="button"
          aria-expanded={entitiesOpen}
          onClick={() => {
            setEntitiesOpen(!entitiesOpen);
          }}
        >
          Entities
        </button>
        <button
          type="button"
          className="button"
          aria-expanded={links.open}
          onClick={() => {
            links.setOpen(!links.open);
          }}
        >
          Links
          {linkCount === 0 ? null : (
            <>
              {' '}
              <span className="link-count">{linkCount}</span>
            </>
          )}
        </button>
        {onStoryView === undefined ? null : (
          <StoryViewButtons
            onShow={(kind) => {
              onStoryView(kind, articleId);
            }}
          />
        )}
        {view === 'clean' && shown?.status === 'ok' ? (
          <MatchNavigator count={navigation.count} current={navigation.current} onStep={navigation.step} />
        ) : null}
        <ViewToggle view={view} onView={onView} />
      </div>
      {aboutOpen && shown !== null ? <AboutThisCopy article={shown} onOpen={onOpen} /> : null}
      {entitiesOpen && shown !== null ? (
        <EntityPanel
          articleId={articleId}
          state={entities.state}
          highlight={entities.highlight}
          onHighlight={entities.setHighlight}
          onOpenEntity={onOpenEntity}
        />
      ) : null}
      {links.open ? <LinksPanel articleId={articleId} reader={links} onOpen={onOpen} /> : null}
      {view === 'clean' ? (
        <TagOffer at={entities.offer} problem={entities.problem} onTag={entities.startTagging} />
      ) : null}
      <RemovedMentionsToast fixes={entities.fixes} busy={entities.state.busy} />
      {fixing === null ? null : (
        <MentionDialog
          key={fixing.id}
          mention={fixing}
          fixes={entities.fixes}
          state={entities.state}
          onOpenEntity={onOpenEntity}
        />
      )}
      {entities.tagging === null ? null : (
        <TagSelectionDialog
          articleId={articleId}
          selection={entities.tagging}
          state={entities.state}
          onClose={entities.stopTagging}
        />
      )}
      {article === null || article.state === 'loading' ? (
        <div className="reader-scroll">
          <ReaderSkeleton />
        </div>
      ) : article.state === 'failed' ? (
        <div className="reader-scroll">
          <div className="reader-column">
            <div className="notice error" role="alert">
              {describeError(article.error)}
            </div>
          </div>
        </div>
      ) : view === 'original' ? (
        <OriginalView articleId={articleId} title={article.value.title} />
      ) : (
        <CleanView
          article={recleaned?.id === articleId ? recleaned : article.value}
          onView={onView}
          onArticle={setRecleaned}
          matches={{ words, current: navigation.current, onMatches: navigation.onMatches }}
          {...(entities.layer === undefined ? {} : { entities: entities.layer })}
        />
      )}
    </>
  );
}
