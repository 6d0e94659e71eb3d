// Days as people read them ("14 Jun"), in the browser's language.
const short = new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'short' });
const long = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium' });

const dateOf = (day: string) => {
  const [y, m, d] = day.split('-').map(Number);
  return new Date(y!, m! - 1, d!);
};
export const shortDay = (day: string): string => short.format(dateOf(day));
export const longDate = (ms: number): string => long.format(ms);
