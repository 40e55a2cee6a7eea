import { isTimeZone, localDateAndTime } from '../../../shared/time/wallClock';

export interface SystemVariableContext {
  assistantId: number | null;
  assistantName: string;
  /** The assistant's time zone: Famulor fills the date and time in it. */
  timezone: string | null;
  at: Date;
}

const safeZone = (timezone: string | null): string => (timezone && isTimeZone(timezone) ? timezone : 'UTC');

/** The values a chat conversation gets; the phone numbers are empty on web and chat, as the reference says. */
export const systemVariableValues = (context: SystemVariableContext): Record<string, string> => {
  const local = localDateAndTime(context.at, safeZone(context.timezone));
  return {
    customer_phone: '',
    assistant_phone: '',
    assistant_id: context.assistantId === null ? '' : String(context.assistantId),
    assistant_name: context.assistantName,
    current_date: local.date,
    current_time: local.time,
  };
};
