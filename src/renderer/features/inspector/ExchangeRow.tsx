import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Exchange } from '../../../shared/domain/famulor';
import { formatTime } from '../../lib/dateTime';
import { JsonTree } from '../../components/JsonTree';
import './exchanges.css';

const KB = 1024;
const MB = 1024 * KB;

const statusTone = (status: number | null) =>
  status === null ? 'error' : status >= 500 ? 'error' : status >= 400 ? 'warning' : 'success';

const Body = ({ value, testId }: { value: Exchange['responseBody']; testId: string }) => {
  const { t } = useTranslation();
  if (value === null) return <p className="exchange__none">{t('inspector.raw.noBody')}</p>;
  if (typeof value === 'string') {
    return (
      <pre className="exchange__text" data-testid={testId}>
        {value}
      </pre>
    );
  }
  return <JsonTree value={value} openLevels={Infinity} testId={testId} />;
};

/** One HTTP exchange: a summary line that opens to headers and both bodies. */
export const ExchangeRow = ({ exchange }: { exchange: Exchange }) => {
  const { t, i18n } = useTranslation();
  const [open, setOpen] = useState(false);
  const detailsId = `exchange-${exchange.id}`;
  return (
    <li className="exchange" data-testid="exchange">
      <button
        type="button"
        className="exchange__summary"
        aria-expanded={open}
        aria-controls={detailsId}
        onClick={() => setOpen((value) => !value)}
        data-testid="exchange-toggle"
      >
        <span className="exchange__method">{exchange.method}</span>
        <span className="exchange__path">{exchange.path}</span>
        <span
          className={`exchange__status exchange__status--${statusTone(exchange.status)}`}
          data-testid="exchange-status"
        >
          {exchange.status ?? exchange.errorCode ?? t('inspector.raw.noStatus')}
        </span>
        <span className="exchange__duration">
          {t('inspector.raw.duration', { ms: Math.round(exchange.durationMs) })}
        </span>
      </button>
      {open ? (
        <div id={detailsId} className="exchange__details">
          <p className="exchange__meta">
            {t('inspector.raw.startedAt', { time: formatTime(exchange.startedAt, i18n.language) })}
            {exchange.attempt > 1 ? ` · ${t('inspector.raw.attempt', { attempt: exchange.attempt })}` : ''}
          </p>
          <h4>{t('inspector.raw.requestHeaders')}</h4>
          <table className="exchange__headers" data-testid="exchange-headers">
            <tbody>
              {Object.entries(exchange.requestHeaders).map(([name, value]) => (
                <tr key={name}>
                  <th scope="row">{name}</th>
                  <td>{value}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <h4>{t('inspector.raw.requestBody')}</h4>
          <Body value={exchange.requestBody} testId="exchange-request" />
          <h4>{t('inspector.raw.responseBody')}</h4>
          {exchange.responseCut && typeof exchange.responseBody === 'string' ? (
            <p className="exchange__none" data-testid="exchange-response-cut">
              {t('inspector.raw.responseCut', {
                size: exchange.responseBytes / MB,
                kept: Math.round(exchange.responseBody.length / KB),
              })}
            </p>
          ) : null}
          <Body value={exchange.responseBody} testId="exchange-response" />
        </div>
      ) : null}
    </li>
  );
};
