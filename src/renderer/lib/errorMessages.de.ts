import type { ErrorStrings } from './errorStrings';

/** Every error's words in German: the same keys, checked by ErrorStrings. */
export const errorsGerman: ErrorStrings = {
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
      whatsapp_session_expired:
        'Das 24-Stunden-Fenster mit diesem Kunden ist geschlossen: Bis er wieder schreibt, kann nur eine freigegebene Vorlage gesendet werden.',
      whatsapp_sender_offline:
        'Dieser WhatsApp-Absender ist offline. Prüfen Sie seine Verbindung in Famulor oder senden Sie von einem anderen Absender.',
      whatsapp_sender_not_found:
        'Famulor kennt diesen WhatsApp-Absender in diesem Konto nicht. Wählen Sie einen aus der Liste.',
      whatsapp_template_not_found:
        'Diese Vorlage gehört nicht zum gewählten Absender. Wählen Sie eine seiner Vorlagen.',
      whatsapp_template_not_approved:
        'Diese Vorlage ist von Meta noch nicht freigegeben und kann nicht gesendet werden.',
      whatsapp_invalid_phone:
        'Die Nummer des Kunden ist nicht im internationalen Format (zum Beispiel +4915112345678).',
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
      history_hold_gone:
        'Der Rest dieses Verlaufs steht nicht mehr zum Laden bereit; aktualisieren Sie den Verlauf.',
      suite_file_unreadable: 'Die Suite-Datei kann nicht gelesen werden ({{code}}).',
      suite_invalid: 'Die Suite-Datei hat {{count}} Probleme; sie stehen mit ihren Zeilen in der Liste.',
      suite_assistant_unknown:
        'Die Suite nennt den Assistenten „{{name}}“, den das Konto des aktiven Profils nicht hat (oder doppelt hat: nennen Sie ihn über seine UUID).',
      suite_gone: 'Diese Suite ist nicht mehr in der Liste.',
      initial_message_too_long: 'Die Begrüßung ist länger als {{max}} Zeichen, mehr als Famulor annimmt.',
      tool_field_missing: 'Das eingebaute Werkzeug {{type}} braucht {{field}}, das Famulor verlangt.',
      assistant_not_copyable:
        'Famulors Liste zeigt für diesen Assistenten kein Feld {{field}}, das eine Kopie braucht; der Entwurf kann nicht ausprobiert werden.',
      not_a_scratch_copy:
        'Diesen Assistenten hat nicht das Prompt-Labor angelegt, daher löscht die App ihn nicht.',
      push_conflicts:
        'Der Assistent wurde inzwischen bei Famulor geändert, in {{count}} Feldern, die auch der Entwurf ändert; sehen Sie sie an, bevor Sie übernehmen.',
      demo_controls_offline_only: 'Die Demo-Steuerung gibt es nur im Profil „Offline-Demo“.',
      demo_thread_not_whatsapp: 'Der Demo-Kunde kann nur in einen WhatsApp-Verlauf des Simulators schreiben.',
      demo_profile_built_in:
        'Das Profil „Offline-Demo“ ist eingebaut und kann weder geändert noch gelöscht werden.',
      demo_profile_needs_no_key:
        'Das Profil „Offline-Demo“ nutzt den eingebauten Simulator und braucht keinen Schlüssel.',
      profile_name_taken: 'Ein Profil namens „{{name}}“ gibt es bereits.',
      session_id_taken: 'Eine Sitzung mit der ID „{{id}}“ gibt es bereits; sie bleibt unverändert.',
      pack_not_json: 'Die Datei ist kein JSON und damit kein Demo-Paket.',
      pack_not_a_pack:
        'Die Datei ist JSON, aber kein Demo-Paket (ihr fehlt „format“: „famulor-playground/demo-pack“).',
      pack_newer:
        'Das Paket hat das Format {{version}} einer neueren App-Version; aktualisieren Sie die App, um es zu importieren.',
      pack_invalid: 'Im Demo-Paket stimmen Felder nicht: {{detail}}',
      pack_exists: 'Ein Paket „{{name}}“ gibt es schon. Ersetzen Sie es oder ändern Sie die ID in der Datei.',
      pack_assistant_clash:
        'Der Assistent „{{name}}“ hat dieselbe UUID wie einer des Pakets „{{pack}}“; schalten Sie das Paket aus oder ändern Sie die UUID.',
      pack_not_found: 'Dieses Demo-Paket gibt es nicht mehr.',
      pack_built_in: 'Dieses Paket gehört zur App: Es lässt sich ausschalten, aber nicht entfernen.',
      pack_assistant_not_found: 'Das Paket hat diesen Assistenten nicht mehr.',
      pack_nothing_recorded:
        'Nichts Gewähltes enthält ein Gespräch mit {{name}}: Wählen Sie eine Sitzung, einen Thread oder ein Wiedergabeskript dazu, oder lassen Sie {{name}} weg.',
      pack_script_gone: 'Das Wiedergabeskript ist nicht mehr in seiner Sitzung.',
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
      conversation_on_other_profile:
        'Diese Unterhaltung liegt im Konto des Profils „{{profile}}“. Wechseln Sie zurück, um sie fortzusetzen, oder machen Sie in einem neuen Bereich weiter.',
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
