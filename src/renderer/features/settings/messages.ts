export const settingsMessages = {
  en: { settings: { title: 'Settings', body: 'Connection profiles and API keys.' } },
  de: { settings: { title: 'Einstellungen', body: 'Verbindungsprofile und API-Schlüssel.' } },
};
