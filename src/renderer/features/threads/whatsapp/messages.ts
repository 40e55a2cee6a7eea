import { defineMessages } from '../../../i18n/defineMessages';

/** A person answering a taken-over WhatsApp thread: the sender, the 24-hour window, freeform and templates. */
export const whatsappReplyMessages = defineMessages({
  en: {
    whatsappReply: {
      tab: 'Reply as agent',
      intro:
        'Answer {{customer}} yourself on WhatsApp. The message goes out from your business number and appears in this thread.',
      aiOn: 'The AI is answering this thread. Take it over (AI off) to write to the customer yourself.',
      noCustomer: 'This thread names no customer number, so there is no one to write to.',
      sender: 'Send from',
      pickSender: 'Choose a sender…',
      senderOffline: '{{name}} ({{phone}}) is offline: nothing can be sent from it until it is back online.',
      senderUnknown:
        'The thread came in on {{phone}}, which is not one of this account’s senders. Choose one.',
      loadingSenders: 'Loading the account’s WhatsApp senders…',
      noSenders: 'This account has no WhatsApp sender.',
      loadingWindow: 'Checking the 24-hour window…',
      windowOpen: 'Window open: {{left}} left to answer freely.',
      windowOpenNoEnd: 'Window open.',
      windowExpired:
        'Window closed since {{since}}: only an approved template can be sent until the customer writes.',
      windowExpiredNoTime: 'Window closed: only an approved template can be sent until the customer writes.',
      windowClosed: 'No open window with this customer: only an approved template can be sent.',
      left: '{{hours}} h {{minutes}} min',
      leftLastHour: '{{minutes}} min {{seconds}} s',
      checkAgain: 'Check again',
      message: 'Message to the customer',
      count: '{{count}} / {{max}} characters',
      tooLong: 'WhatsApp takes at most {{max}} characters; this is {{count}}.',
      send: 'Send message',
      sendHint: 'Send (Ctrl/⌘+Enter)',
      sending: 'Sending…',
      sent: 'Sent at {{time}}.',
      failed: 'Not sent: {{message}} Your text is still here.',
      unsure:
        'It is not known whether the message went out ({{message}}). The thread was read again: look there before sending it again.',
      templates: 'Send an approved template',
      loadingTemplates: 'Loading the sender’s templates…',
      noTemplates: 'This sender has no approved template.',
      template: 'Template',
      pickTemplate: 'Choose a template…',
      variable: 'Placeholder {{position}}',
      variableNamed: 'Placeholder {{position}} ({{name}})',
      preview: 'The customer will read',
      missing: 'Fill in every placeholder ({{positions}}).',
      sendTemplate: 'Send template',
      templateSent: 'Template sent at {{time}}. The window is open again once Famulor confirms it.',
      sentByPerson: 'Sent by a person',
      demo: {
        title: 'Demo: the customer’s side',
        intro: 'Offline demo only: play the customer, or let a day pass so the window closes.',
        customerMessage: 'The customer writes',
        customerWrites: 'Customer sends it',
        advanceDay: 'Let 24 hours pass',
      },
    },
  },
  de: {
    whatsappReply: {
      tab: 'Als Agent antworten',
      intro:
        'Antworten Sie {{customer}} selbst über WhatsApp. Die Nachricht geht von Ihrer Geschäftsnummer aus und erscheint in diesem Verlauf.',
      aiOn: 'Die KI beantwortet diesen Verlauf. Übernehmen Sie ihn (KI aus), um dem Kunden selbst zu schreiben.',
      noCustomer:
        'Dieser Verlauf nennt keine Kundennummer, es gibt also niemanden, dem Sie schreiben könnten.',
      sender: 'Senden von',
      pickSender: 'Absender wählen…',
      senderOffline:
        '{{name}} ({{phone}}) ist offline: Von diesem Absender kann nichts gesendet werden, bis er wieder online ist.',
      senderUnknown:
        'Der Verlauf kam über {{phone}}, das ist keiner der Absender dieses Kontos. Wählen Sie einen.',
      loadingSenders: 'Die WhatsApp-Absender des Kontos werden geladen…',
      noSenders: 'Dieses Konto hat keinen WhatsApp-Absender.',
      loadingWindow: 'Das 24-Stunden-Fenster wird geprüft…',
      windowOpen: 'Fenster offen: noch {{left}} für freie Antworten.',
      windowOpenNoEnd: 'Fenster offen.',
      windowExpired:
        'Fenster geschlossen seit {{since}}: Bis der Kunde schreibt, kann nur eine freigegebene Vorlage gesendet werden.',
      windowExpiredNoTime:
        'Fenster geschlossen: Bis der Kunde schreibt, kann nur eine freigegebene Vorlage gesendet werden.',
      windowClosed:
        'Kein offenes Fenster mit diesem Kunden: Es kann nur eine freigegebene Vorlage gesendet werden.',
      left: '{{hours}} Std. {{minutes}} Min.',
      leftLastHour: '{{minutes}} Min. {{seconds}} s',
      checkAgain: 'Erneut prüfen',
      message: 'Nachricht an den Kunden',
      count: '{{count}} / {{max}} Zeichen',
      tooLong: 'WhatsApp nimmt höchstens {{max}} Zeichen; dies sind {{count}}.',
      send: 'Nachricht senden',
      sendHint: 'Senden (Strg/⌘+Enter)',
      sending: 'Wird gesendet…',
      sent: 'Gesendet um {{time}}.',
      failed: 'Nicht gesendet: {{message}} Ihr Text ist noch da.',
      unsure:
        'Ob die Nachricht hinausging, ist nicht bekannt ({{message}}). Der Verlauf wurde neu gelesen: Sehen Sie dort nach, bevor Sie sie noch einmal senden.',
      templates: 'Freigegebene Vorlage senden',
      loadingTemplates: 'Die Vorlagen des Absenders werden geladen…',
      noTemplates: 'Dieser Absender hat keine freigegebene Vorlage.',
      template: 'Vorlage',
      pickTemplate: 'Vorlage wählen…',
      variable: 'Platzhalter {{position}}',
      variableNamed: 'Platzhalter {{position}} ({{name}})',
      preview: 'Der Kunde liest',
      missing: 'Füllen Sie jeden Platzhalter aus ({{positions}}).',
      sendTemplate: 'Vorlage senden',
      templateSent:
        'Vorlage gesendet um {{time}}. Das Fenster ist wieder offen, sobald Famulor es bestätigt.',
      sentByPerson: 'Von einer Person gesendet',
      demo: {
        title: 'Demo: die Seite des Kunden',
        intro:
          'Nur in der Offline-Demo: Spielen Sie den Kunden oder lassen Sie einen Tag vergehen, damit sich das Fenster schließt.',
        customerMessage: 'Der Kunde schreibt',
        customerWrites: 'Kunde sendet es',
        advanceDay: '24 Stunden vergehen lassen',
      },
    },
  },
});
