import type { AiSwitch } from '../../shared/domain/famulor';
import type { KeyKind } from '../../shared/domain/keyKind';
import { AppFailure } from '../../shared/result';
import { pathSegment } from './requestUrls';
import { AiSwitchResponse } from './rawSchemas';
import { sendRequest, type CallOptions, type TransportSettings } from './transport';

export type TakeoverAction = 'disable-ai' | 'enable-ai';

const automatePath = (conversationId: string, action: TakeoverAction) =>
  `/automate/conversations/${pathSegment(conversationId, 'conversation id')}/${action}`;

const readAutomateKey = async (getAutomateKey: () => Promise<string | null>): Promise<string | null> => {
  try {
    return await getAutomateKey();
  } catch (error) {
    if (error instanceof AppFailure) throw error;
    throw new AppFailure({
      code: 'keychain',
      reason: 'keychain_refused',
      diagnostic: 'The Automate key could not be read from the keychain.',
    });
  }
};

/**
 * The takeover switch. Famulor documents these two endpoints with the account's Automate API key, a key of its own
 * kind, while its MCP server sends the ordinary key; so the Automate key goes where the profile has one and the
 * API key otherwise. A 401 carries `keyKind`, the key that was refused, so the person learns which one to add or fix.
 */
export const switchAi = async (
  settings: TransportSettings,
  getAutomateKey: (() => Promise<string | null>) | undefined,
  input: { conversationId: string; action: TakeoverAction },
  callOptions?: CallOptions,
): Promise<AiSwitch> => {
  const automateKey = getAutomateKey ? await readAutomateKey(getAutomateKey) : null;
  const keyKind: KeyKind = automateKey ? 'automate' : 'api';
  const keyed: TransportSettings = automateKey
    ? { ...settings, getApiKey: async () => automateKey }
    : settings;
  try {
    return await sendRequest(
      keyed,
      { method: 'POST', path: automatePath(input.conversationId, input.action) },
      AiSwitchResponse,
      callOptions,
    );
  } catch (error) {
    if (error instanceof AppFailure && error.error.status === 401) {
      throw new AppFailure({ ...error.error, keyKind });
    }
    throw error;
  }
};
