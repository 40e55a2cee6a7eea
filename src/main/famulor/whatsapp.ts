import type { JsonValue } from '../../shared/domain/famulor';
import type {
  WhatsAppSender,
  WhatsAppSent,
  WhatsAppSession,
  WhatsAppTemplate,
} from '../../shared/domain/whatsapp';
import { pathSegment } from './requestUrls';
import { sendRequest, type CallOptions, type TransportSettings } from './transport';
import { SendersResponse, SentResponse, SessionResponse, TemplatesResponse } from './whatsappRawSchemas';

export interface TemplateSend {
  senderId: number;
  templateId: number;
  recipientPhone: string;
  recipientName?: string;
  /** By position (`"1"`) or by the template's variable names. */
  variables?: Record<string, string>;
}

/** The WhatsApp endpoints of a client (famulor-api.md, WhatsApp), with the API key like every other call. */
export interface WhatsAppCalls {
  listWhatsAppSenders(input: { status?: 'online' | 'all' }, options?: CallOptions): Promise<WhatsAppSender[]>;
  listWhatsAppTemplates(
    input: { senderId: number; status?: 'approved' | 'all' },
    options?: CallOptions,
  ): Promise<WhatsAppTemplate[]>;
  getWhatsAppSession(
    input: { senderId: number; recipientPhone: string },
    options?: CallOptions,
  ): Promise<WhatsAppSession>;
  /** Billed, and never retried once it may have reached Famulor (transport's rule for POSTs). */
  sendWhatsAppFreeform(
    input: { senderId: number; recipientPhone: string; message: string },
    options?: CallOptions,
  ): Promise<WhatsAppSent>;
  sendWhatsAppTemplate(input: TemplateSend, options?: CallOptions): Promise<WhatsAppSent>;
}

const templateBody = (input: TemplateSend): { [key: string]: JsonValue } => ({
  sender_id: input.senderId,
  template_id: input.templateId,
  recipient_phone: input.recipientPhone,
  ...(input.recipientName === undefined ? {} : { recipient_name: input.recipientName }),
  ...(input.variables === undefined ? {} : { variables: input.variables }),
});

export const whatsappCalls = (settings: TransportSettings): WhatsAppCalls => ({
  listWhatsAppSenders: ({ status }, callOptions) =>
    sendRequest(
      settings,
      { method: 'GET', path: '/user/whatsapp/senders', query: { status } },
      SendersResponse,
      callOptions,
    ),
  listWhatsAppTemplates: ({ senderId, status }, callOptions) =>
    sendRequest(
      settings,
      {
        method: 'GET',
        path: `/user/whatsapp/senders/${pathSegment(String(senderId), 'sender id')}/templates`,
        query: { status },
      },
      TemplatesResponse,
      callOptions,
    ),
  getWhatsAppSession: ({ senderId, recipientPhone }, callOptions) =>
    sendRequest(
      settings,
      {
        method: 'GET',
        path: '/user/whatsapp/session-status',
        query: { sender_id: senderId, recipient_phone: recipientPhone },
      },
      SessionResponse,
      callOptions,
    ),
  sendWhatsAppFreeform: ({ senderId, recipientPhone, message }, callOptions) =>
    sendRequest(
      settings,
      {
        method: 'POST',
        path: '/user/whatsapp/send-freeform',
        body: { sender_id: senderId, recipient_phone: recipientPhone, message },
        endpoint: 'whatsapp_send',
      },
      SentResponse,
      callOptions,
    ),
  sendWhatsAppTemplate: (input, callOptions) =>
    sendRequest(
      settings,
      { method: 'POST', path: '/user/whatsapp/send', body: templateBody(input), endpoint: 'whatsapp_send' },
      SentResponse,
      callOptions,
    ),
});
