/** The shape of one parser's fuzz case (parser-cases.ts): its samples and what each must parse to. */
import type { z } from 'zod';
import { sampleText } from './sample-parsers';

export interface ParserSample {
  /** The fixture file, or what a constructed sample stands for. */
  name: string;
  /** True for the reference's own samples; constructed ones stand in where it documents no answer. */
  documented: boolean;
  value: unknown;
  expected: unknown;
}

export interface ParserCase {
  schema: z.ZodType;
  samples: ParserSample[];
  /** A list parsed per record: an item that is not a record is left out, the others stay as they are. */
  recordList?: boolean;
}

export function fixture(file: string, expected: unknown): ParserSample {
  return { name: file, documented: true, value: JSON.parse(sampleText(file)), expected };
}

export function constructed(name: string, value: unknown, expected: unknown): ParserSample {
  return { name, documented: false, value, expected };
}
