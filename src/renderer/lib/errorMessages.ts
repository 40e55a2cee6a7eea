import type { ErrorCode } from '../../shared/result';
import type { ErrorReason, FieldRule } from '../../shared/errorReasons';
import { defineMessages } from '../i18n/defineMessages';

/**
 * Every error's words. Typed by the shared lists, so a code, reason or rule without a sentence (in either
 * language) fails the type-check; main sends only the code, the reason and their parameters.
 */
type Sentences<K extends string> = Record<K, string>;
export interface ErrorStrings {
  errors: {
    code: Sentences<ErrorCode>;
    reason: Sentences<ErrorReason>;
    rule: Sentences<FieldRule>;
    ruleWithLimit: Sentences<'too_long' | 'too_short' | 'too_big' | 'too_small'>;
    field: string;
    famulorSaid: string;
    famulorField: string;
    whole: string;
  };
}

const en: ErrorStrings = {
  errors: {
    code: {
      unauthorized: 'Not authorized',
      forbidden: 'Not allowed',
      not_found: 'Not found',
      insufficient_balance: 'Balance used up',
      validation: 'Not accepted',
      rate_limited: 'Too many requests',
      network: 'No connection',
      timeout: 'No answer in time',
      server: 'Famulor had a problem',
      cancelled: 'Cancelled',
      too_large: 'Too large',
      keychain: 'Keychain problem',
      storage: 'Saving failed',
      internal: 'Problem inside the app',
    },
    reason: {
      key_missing_in_request: 'Famulor received no API key. Check the key in Settings.',
      key_rejected: 'Famulor rejected the API key. Check it in Settings.',
      key_forbidden: 'This API key is not allowed to do that. Check its permissions in the Famulor web app.',
      no_key: 'No API key is set for this profile. Add one in Settings.',
      account_rate_limited: 'Famulor is limiting requests for this account.',
      generate_reply_rate_limited: 'Famulor limits replies to {{limit}} a minute.',
      balance_used_up: 'Your Famulor balance is used up. Top up your account to send widget messages.',
      no_such_assistant:
        'Famulor has no such assistant on this account. Pick another assistant or check its id.',
      no_such_conversation: 'Famulor has no such conversation. It may have been deleted; start a new one.',
      generate_reply_path_not_found:
        'Famulor has no generate-reply endpoint at {{path}}. It documents {{documentedPath}}; change the generate-reply path of this profile in Settings.',
      base_url_not_found: 'Famulor could not find {{path}}. Check the base URL in Settings.',
      famulor_rejected: 'Famulor rejected the request.',
      processing_failed: 'Famulor could not process the message. Try sending it again.',
      redirect_refused:
        'Famulor answered with a redirect, which is not followed with your key. Check the base URL in Settings.',
      famulor_reported_failure: 'Famulor reported a failure.',
      famulor_server_error: 'Famulor had a problem. Try again in a moment.',
      unexpected_answer: 'Famulor sent an answer the playground does not understand. The raw view shows it.',
      connection_refused: 'The server refused the connection. Check the base URL in Settings.',
      host_not_found: 'The server’s name could not be found. Check the internet connection and the base URL.',
      connection_reset: 'The connection broke off before Famulor answered.',
      unreachable:
        'Famulor could not be reached. Check the internet connection and the base URL in Settings.',
      no_answer_in_time:
        'Famulor did not answer within {{seconds}} s. Try again; tool calls can take a while.',
      cancelled: 'Cancelled.',
      keychain_unavailable:
        'The system keychain cannot be used. Keep the key with Electron’s safe storage (where offered) or for this run only.',
      keychain_refused: 'The system keychain refused the request.',
      keychain_locked: 'The system keychain did not answer within {{seconds}} s. Is it locked?',
      key_unreadable: 'The API key could not be read from the keychain.',
      safe_storage_unavailable: 'Electron’s safe storage is not available on this system.',
      safe_storage_undecryptable:
        'The key kept with Electron’s safe storage could not be decrypted (the keyring may have changed). Set the key again.',
      key_empty: 'Paste the API key from the Famulor web app.',
      key_has_spaces: 'An API key has no spaces or line breaks; check that only the key was copied.',
      key_not_ascii: 'An API key consists of printable ASCII characters only.',
      key_wrong_length: 'An API key is {{min}} to {{max}} characters long; this one has {{length}}.',
      base_url_invalid: 'The base URL is not a valid URL.',
      base_url_insecure: 'The base URL must use https (plain http only for 127.0.0.1 or localhost).',
      base_url_has_extras: 'The base URL must not contain a user name, password, query or fragment.',
      generate_reply_path_invalid: 'The generate-reply path must look like /user/ai/generate-reply.',
      id_unusable: 'That {{what}} cannot be used: it is empty, too long or a dot.',
      request_path_escapes: 'A request path would leave the base URL.',
      profiles_not_saved: 'The connection profiles could not be saved.',
      preferences_not_saved: 'The preferences could not be saved.',
      session_not_saved: 'The session could not be saved.',
      session_not_deleted: 'The session file could not be deleted.',
      changes_not_saved: 'Some changes could not be saved. They are kept in memory and retried.',
      session_file_unusable: 'The session file could not be used; it was moved aside.',
      profile_gone: 'This connection profile no longer exists.',
      session_gone: 'This session no longer exists.',
      pane_gone: 'This pane is no longer in the session.',
      demo_profile_built_in: 'The Offline demo profile is built in and cannot be changed or deleted.',
      demo_profile_needs_no_key: 'The Offline demo profile runs the built-in simulator and needs no key.',
      profile_name_taken: 'A profile named “{{name}}” already exists.',
      session_id_taken: 'A session with the id “{{id}}” already exists; it was left as it is.',
      export_holds_key: 'The export contains one of your API keys, so it was not saved.',
      session_holds_key:
        'The session “{{name}}” contains one of your API keys (in its notes, variables or messages), so nothing was exported. Remove the key from the session, or export with redaction if it is in a variable.',
      import_not_json: 'This file is not valid JSON, so nothing was imported.',
      import_not_an_export: 'This file is not a Famulor Playground session export.',
      import_session_newer:
        'Session {{index}} of the file was exported by a newer version of the app (schema {{version}}); update the app to import it.',
      import_session_unreadable: 'Session {{index}} of the file cannot be read.',
      import_session_invalid: 'Session {{index}} of the file is not a valid session.',
      import_session_repeated: 'Session {{index}} of the file repeats the session id “{{id}}”.',
      request_invalid: 'The request was refused.',
      unknown_channel: 'The app asked for something it does not know ({{channel}}).',
      request_not_utf8: 'The request is not UTF-8.',
      request_not_json: 'The request is not JSON.',
      request_too_large: 'The request is too large.',
      caller_not_allowed: 'This caller may not use the app’s API.',
      host_refused: 'The app refused this page’s request. Reload the page from the address the app printed.',
      host_not_answering:
        'The app’s host process is not answering: it has stopped or is busy. Start the app again (`npm start`) and reload this page.',
      assistant_not_chosen: 'Pick an assistant (or type its UUID) before sending.',
      message_too_long: 'A message may have at most {{max}} characters.',
      assistant_id_not_whole_number: 'The assistant id filter takes the assistant’s whole-number id.',
      bridge_missing: 'The app’s bridge is missing: open the app through `npm start` or `npm run web`.',
      store_not_loaded: 'The app was not ready yet. Try again.',
      unexpected: 'Something went wrong inside the app. The details are in the log.',
    },
    rule: {
      required: 'is required',
      wrong_type: 'has the wrong type',
      too_long: 'is too long',
      too_short: 'is too short',
      too_big: 'is too large',
      too_small: 'is too small',
      invalid_format: 'is not in the expected format',
      not_allowed: 'is not one of the allowed values',
      unknown_field: 'is not expected here',
      too_deep: 'is nested too deeply',
      invalid_unicode: 'is not valid Unicode text',
      forbidden_key: 'is not allowed',
      taken: 'is already taken',
      invalid: 'is not valid',
    },
    ruleWithLimit: {
      too_long: 'is longer than {{limit}}',
      too_short: 'is shorter than {{limit}}',
      too_big: 'is larger than {{limit}}',
      too_small: 'is smaller than {{limit}}',
    },
    field: '{{field}} {{rule}}',
    famulorSaid: 'Famulor says: “{{text}}”',
    famulorField: '{{field}} (Famulor): “{{text}}”',
    whole: 'The input',
  },
};

const de: ErrorStrings = {
  errors: {
    code: {
      unauthorized: 'Nicht berechtigt',
      forbidden: 'Nicht erlaubt',
      not_found: 'Nicht gefunden',
      insufficient_balance: 'Guthaben aufgebraucht',
      validation: 'Nicht angenommen',
      rate_limited: 'Zu viele Anfragen',
      network: 'Keine Verbindung',
      timeout: 'Keine Antwort in der Zeit',
      server: 'Famulor hatte ein Problem',
      cancelled: 'Abgebrochen',
      too_large: 'Zu groß',
      keychain: 'Problem mit dem Schlüsselbund',
      storage: 'Speichern fehlgeschlagen',
      internal: 'Problem in der App',
    },
    reason: {
      key_missing_in_request:
        'Famulor hat keinen API-Schlüssel erhalten. Prüfen Sie den Schlüssel in den Einstellungen.',
      key_rejected: 'Famulor hat den API-Schlüssel abgelehnt. Prüfen Sie ihn in den Einstellungen.',
      key_forbidden:
        'Dieser API-Schlüssel darf das nicht. Prüfen Sie seine Berechtigungen in der Famulor-Web-App.',
      no_key:
        'Für dieses Profil ist kein API-Schlüssel hinterlegt. Fügen Sie in den Einstellungen einen hinzu.',
      account_rate_limited: 'Famulor begrenzt gerade die Anfragen dieses Kontos.',
      generate_reply_rate_limited: 'Famulor erlaubt höchstens {{limit}} Antworten pro Minute.',
      balance_used_up:
        'Ihr Famulor-Guthaben ist aufgebraucht. Laden Sie Ihr Konto auf, um Widget-Nachrichten zu senden.',
      no_such_assistant:
        'Famulor kennt diesen Assistenten in diesem Konto nicht. Wählen Sie einen anderen oder prüfen Sie seine ID.',
      no_such_conversation:
        'Famulor kennt diese Unterhaltung nicht. Vielleicht wurde sie gelöscht; beginnen Sie eine neue.',
      generate_reply_path_not_found:
        'Famulor hat unter {{path}} keinen generate-reply-Endpunkt. Dokumentiert ist {{documentedPath}}; ändern Sie den generate-reply-Pfad dieses Profils in den Einstellungen.',
      base_url_not_found:
        'Famulor konnte {{path}} nicht finden. Prüfen Sie die Basis-URL in den Einstellungen.',
      famulor_rejected: 'Famulor hat die Anfrage abgelehnt.',
      processing_failed: 'Famulor konnte die Nachricht nicht verarbeiten. Senden Sie sie erneut.',
      redirect_refused:
        'Famulor hat mit einer Weiterleitung geantwortet, der mit Ihrem Schlüssel nicht gefolgt wird. Prüfen Sie die Basis-URL in den Einstellungen.',
      famulor_reported_failure: 'Famulor hat einen Fehler gemeldet.',
      famulor_server_error: 'Famulor hatte ein Problem. Versuchen Sie es gleich noch einmal.',
      unexpected_answer:
        'Famulor hat eine Antwort geschickt, die der Playground nicht versteht. Die Rohansicht zeigt sie.',
      connection_refused:
        'Der Server hat die Verbindung abgewiesen. Prüfen Sie die Basis-URL in den Einstellungen.',
      host_not_found:
        'Der Name des Servers wurde nicht gefunden. Prüfen Sie die Internetverbindung und die Basis-URL.',
      connection_reset: 'Die Verbindung ist abgebrochen, bevor Famulor geantwortet hat.',
      unreachable:
        'Famulor war nicht erreichbar. Prüfen Sie die Internetverbindung und die Basis-URL in den Einstellungen.',
      no_answer_in_time:
        'Famulor hat nicht innerhalb von {{seconds}} s geantwortet. Versuchen Sie es erneut; Werkzeugaufrufe können dauern.',
      cancelled: 'Abgebrochen.',
      keychain_unavailable:
        'Der Schlüsselbund des Systems ist nicht nutzbar. Bewahren Sie den Schlüssel mit Electrons sicherem Speicher (wo angeboten) oder nur für diese Sitzung auf.',
      keychain_refused: 'Der Schlüsselbund des Systems hat die Anfrage abgelehnt.',
      keychain_locked:
        'Der Schlüsselbund des Systems hat nicht innerhalb von {{seconds}} s geantwortet. Ist er gesperrt?',
      key_unreadable: 'Der API-Schlüssel konnte nicht aus dem Schlüsselbund gelesen werden.',
      safe_storage_unavailable: 'Electrons sicherer Speicher ist auf diesem System nicht verfügbar.',
      safe_storage_undecryptable:
        'Der in Electrons sicherem Speicher abgelegte Schlüssel ließ sich nicht entschlüsseln (vielleicht hat sich der Schlüsselbund geändert). Legen Sie den Schlüssel neu fest.',
      key_empty: 'Fügen Sie den API-Schlüssel aus der Famulor-Web-App ein.',
      key_has_spaces:
        'Ein API-Schlüssel enthält keine Leerzeichen oder Zeilenumbrüche; prüfen Sie, ob nur der Schlüssel kopiert wurde.',
      key_not_ascii: 'Ein API-Schlüssel besteht nur aus druckbaren ASCII-Zeichen.',
      key_wrong_length: 'Ein API-Schlüssel ist {{min}} bis {{max}} Zeichen lang; dieser hat {{length}}.',
      base_url_invalid: 'Die Basis-URL ist keine gültige URL.',
      base_url_insecure:
        'Die Basis-URL muss https verwenden (einfaches http nur für 127.0.0.1 oder localhost).',
      base_url_has_extras:
        'Die Basis-URL darf keinen Benutzernamen, kein Passwort, keine Abfrage und kein Fragment enthalten.',
      generate_reply_path_invalid: 'Der generate-reply-Pfad muss wie /user/ai/generate-reply aussehen.',
      id_unusable: 'Diese Angabe ({{what}}) ist nicht verwendbar: leer, zu lang oder ein Punkt.',
      request_path_escapes: 'Ein Anfragepfad würde die Basis-URL verlassen.',
      profiles_not_saved: 'Die Verbindungsprofile konnten nicht gespeichert werden.',
      preferences_not_saved: 'Die Einstellungen konnten nicht gespeichert werden.',
      session_not_saved: 'Die Sitzung konnte nicht gespeichert werden.',
      session_not_deleted: 'Die Sitzungsdatei konnte nicht gelöscht werden.',
      changes_not_saved:
        'Einige Änderungen konnten nicht gespeichert werden. Sie bleiben im Speicher und werden erneut versucht.',
      session_file_unusable: 'Die Sitzungsdatei war nicht verwendbar; sie wurde beiseitegelegt.',
      profile_gone: 'Dieses Verbindungsprofil gibt es nicht mehr.',
      session_gone: 'Diese Sitzung gibt es nicht mehr.',
      pane_gone: 'Dieser Bereich gehört nicht mehr zur Sitzung.',
      demo_profile_built_in:
        'Das Profil „Offline-Demo“ ist eingebaut und kann weder geändert noch gelöscht werden.',
      demo_profile_needs_no_key:
        'Das Profil „Offline-Demo“ nutzt den eingebauten Simulator und braucht keinen Schlüssel.',
      profile_name_taken: 'Ein Profil namens „{{name}}“ gibt es bereits.',
      session_id_taken: 'Eine Sitzung mit der ID „{{id}}“ gibt es bereits; sie bleibt unverändert.',
      export_holds_key: 'Der Export enthält einen Ihrer API-Schlüssel und wurde deshalb nicht gespeichert.',
      session_holds_key:
        'Die Sitzung „{{name}}“ enthält einen Ihrer API-Schlüssel (in Notizen, Variablen oder Nachrichten), deshalb wurde nichts exportiert. Entfernen Sie den Schlüssel aus der Sitzung oder exportieren Sie mit Schwärzung, wenn er in einer Variablen steht.',
      import_not_json: 'Diese Datei ist kein gültiges JSON, deshalb wurde nichts importiert.',
      import_not_an_export: 'Diese Datei ist kein Sitzungsexport des Famulor Playground.',
      import_session_newer:
        'Sitzung {{index}} der Datei stammt aus einer neueren Version der App (Schema {{version}}); aktualisieren Sie die App, um sie zu importieren.',
      import_session_unreadable: 'Sitzung {{index}} der Datei ist nicht lesbar.',
      import_session_invalid: 'Sitzung {{index}} der Datei ist keine gültige Sitzung.',
      import_session_repeated: 'Sitzung {{index}} der Datei wiederholt die Sitzungs-ID „{{id}}“.',
      request_invalid: 'Die Anfrage wurde abgelehnt.',
      unknown_channel: 'Die App hat etwas angefragt, das sie nicht kennt ({{channel}}).',
      request_not_utf8: 'Die Anfrage ist nicht in UTF-8.',
      request_not_json: 'Die Anfrage ist kein JSON.',
      request_too_large: 'Die Anfrage ist zu groß.',
      caller_not_allowed: 'Dieser Aufrufer darf die Schnittstelle der App nicht nutzen.',
      host_refused:
        'Die App hat die Anfrage dieser Seite abgelehnt. Laden Sie die Seite von der Adresse neu, die die App ausgegeben hat.',
      host_not_answering:
        'Der Hintergrundprozess der App antwortet nicht: Er wurde beendet oder ist ausgelastet. Starten Sie die App erneut (`npm start`) und laden Sie diese Seite neu.',
      assistant_not_chosen: 'Wählen Sie vor dem Senden einen Assistenten (oder geben Sie seine UUID ein).',
      message_too_long: 'Eine Nachricht darf höchstens {{max}} Zeichen haben.',
      assistant_id_not_whole_number:
        'Der Filter nach Assistenten-ID erwartet die ganzzahlige ID des Assistenten.',
      bridge_missing: 'Die Brücke der App fehlt: Öffnen Sie die App über `npm start` oder `npm run web`.',
      store_not_loaded: 'Die App war noch nicht bereit. Versuchen Sie es erneut.',
      unexpected: 'In der App ist etwas schiefgegangen. Die Einzelheiten stehen im Protokoll.',
    },
    rule: {
      required: 'ist erforderlich',
      wrong_type: 'hat den falschen Typ',
      too_long: 'ist zu lang',
      too_short: 'ist zu kurz',
      too_big: 'ist zu groß',
      too_small: 'ist zu klein',
      invalid_format: 'hat nicht das erwartete Format',
      not_allowed: 'ist keiner der erlaubten Werte',
      unknown_field: 'ist hier nicht vorgesehen',
      too_deep: 'ist zu tief verschachtelt',
      invalid_unicode: 'ist kein gültiger Unicode-Text',
      forbidden_key: 'ist nicht erlaubt',
      taken: 'ist bereits vergeben',
      invalid: 'ist ungültig',
    },
    ruleWithLimit: {
      too_long: 'ist länger als {{limit}}',
      too_short: 'ist kürzer als {{limit}}',
      too_big: 'ist größer als {{limit}}',
      too_small: 'ist kleiner als {{limit}}',
    },
    field: '{{field}} {{rule}}',
    famulorSaid: 'Famulor meldet: „{{text}}“',
    famulorField: '{{field}} (Famulor): „{{text}}“',
    whole: 'Die Eingabe',
  },
};

export const errorsMessages = defineMessages({ en, de });
