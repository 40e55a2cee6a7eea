import { useTranslation } from 'react-i18next';
import type { AssistantDraft } from '../../../shared/domain/assistantDraft';
import type { AssistantVersion } from '../../../shared/domain/assistantLab';
import { useLabStore } from './labStore';
import { diffDrafts } from './versionDiff';

const DiffView = ({ before, after }: { before: AssistantDraft; after: AssistantDraft }) => {
  const { t } = useTranslation();
  const models = useLabStore((state) => state.models);
  const languages = useLabStore((state) => state.languages);
  const fields = diffDrafts(before, after, { models, languages });
  if (fields.length === 0) return <p className="lab-muted">{t('lab.versions.same')}</p>;
  return (
    <dl className="lab-diff">
      {fields.map((diff) => (
        <div key={diff.field}>
          <dt>{t(`lab.fieldNames.${diff.field}`)}</dt>
          {diff.field === 'systemPrompt' ? (
            <dd>
              <pre className="lab-diff__lines">
                {diff.lines.map((line, index) => (
                  <div key={index} className={`lab-diff__line lab-diff__line--${line.kind}`}>
                    <span aria-hidden>
                      {line.kind === 'added' ? '+ ' : line.kind === 'removed' ? '− ' : '  '}
                    </span>
                    {line.text}
                  </div>
                ))}
              </pre>
            </dd>
          ) : (
            <dd>
              <del>{diff.before}</del> → <ins>{diff.after}</ins>
            </dd>
          )}
        </div>
      ))}
    </dl>
  );
};

const when = (at: string, language: string) =>
  new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(at));

/** Every version of the open assistant, newest first: restore one into the draft, or compare two. */
export const VersionsPanel = ({ versions }: { versions: AssistantVersion[] }) => {
  const { t, i18n } = useTranslation();
  const draft = useLabStore((state) => state.draft);
  const compared = useLabStore((state) => state.compared);
  const { restore, compare } = useLabStore.getState();
  const byId = (id: string) => versions.find((version) => version.id === id);
  const left = compared && byId(compared.left);
  const right = compared && (compared.right === 'draft' ? draft : byId(compared.right)?.draft);
  const label = (version: AssistantVersion) =>
    `${t(`lab.versions.kind.${version.kind}`)} · ${when(version.at, i18n.language)}`;
  // Each side of the comparison picks from the same list.
  const versionOptions = versions.map((version) => (
    <option key={version.id} value={version.id}>
      {version.note ? `${label(version)} · ${version.note}` : label(version)}
    </option>
  ));
  return (
    <section className="lab-versions" aria-label={t('lab.versions.title')}>
      <h2>{t('lab.versions.title')}</h2>
      {versions.length === 0 && <p className="lab-muted">{t('lab.versions.none')}</p>}
      <ol reversed>
        {[...versions].reverse().map((version, index, newestFirst) => {
          const older = newestFirst[index + 1];
          return (
            <li key={version.id} className="lab-version" data-kind={version.kind}>
              <div>
                <strong>{label(version)}</strong>{' '}
                {version.author && (
                  <span className="lab-muted">{t('lab.versions.by', { author: version.author })}</span>
                )}
              </div>
              {version.note && <div className="lab-version__note">{version.note}</div>}
              <div className="lab-version__actions">
                <button type="button" className="button button--small" onClick={() => restore(version.id)}>
                  {t('lab.versions.restore')}
                </button>
                <button
                  type="button"
                  className="button button--small"
                  onClick={() => compare(version.id, 'draft')}
                >
                  {t('lab.versions.compareDraft')}
                </button>
                {older && (
                  <button
                    type="button"
                    className="button button--small"
                    onClick={() => compare(older.id, version.id)}
                  >
                    {t('lab.versions.compareNext')}
                  </button>
                )}
              </div>
            </li>
          );
        })}
      </ol>
      {compared && (
        <section className="lab-compare" aria-label={t('lab.versions.comparison')}>
          {/* Any two states: each side picks a version (the right one the draft, too). */}
          <div className="lab-compare__pick">
            <label>
              {t('lab.versions.from')}{' '}
              <select
                className="lab-input"
                value={compared.left}
                onChange={(event) => compare(event.target.value, compared.right)}
              >
                {versionOptions}
              </select>
            </label>
            <label>
              {t('lab.versions.to')}{' '}
              <select
                className="lab-input"
                value={compared.right}
                onChange={(event) => compare(compared.left, event.target.value)}
              >
                <option value="draft">{t('lab.versions.draft')}</option>
                {versionOptions}
              </select>
            </label>
          </div>
          {left && right && (
            <>
              <h3>
                {t('lab.versions.diffTitle', {
                  left: label(left),
                  right:
                    compared.right === 'draft'
                      ? t('lab.versions.draft')
                      : label(byId(compared.right) ?? left),
                })}
              </h3>
              <DiffView before={left.draft} after={right} />
            </>
          )}
        </section>
      )}
    </section>
  );
};
