import { InvalidInputError } from "../errors.js";

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Checks a `YYYY-MM-DD` option once, at the entry point. */
export function parseIsoDateOption(flag: string, value: string): string {
  const match = ISO_DATE.exec(value);
  const date = match ? new Date(`${value}T00:00:00Z`) : null;
  if (
    !match ||
    !date ||
    Number.isNaN(date.getTime()) ||
    date.toISOString().slice(0, 10) !== value
  ) {
    throw new InvalidInputError("USAGE", `${flag} expects a date as YYYY-MM-DD, got "${value}"`);
  }
  return value;
}

/** Checks a positive whole-number option (sizes, counts). */
export function parsePositiveInteger(flag: string, value: string): number {
  const number = Number(value);
  if (!Number.isSafeInteger(number) || number <= 0) {
    throw new InvalidInputError("USAGE", `${flag} expects a positive whole number, got "${value}"`);
  }
  return number;
}
