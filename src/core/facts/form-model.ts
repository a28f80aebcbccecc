/**
 * The editors' form for a fact, derived from its zod schema: each field's label and help come from
 * the schema's metadata (src/core/schemas/fields.ts), its input type from the zod type, and its
 * value from the fact. Objects become fieldsets, arrays of objects become rows that can be added
 * and removed (opening hours as day/from/to rows, prices as amount/unit/income rows), arrays of
 * weekdays become checkboxes and enums become selects. The form page renders this model as plain
 * HTML; the browser script only adds and removes rows and sends what is typed.
 */
import type { z } from 'zod';
import type { FieldInput, FieldMeta } from '../schemas/fields.ts';
import { t } from '../text/t.ts';

type Key = string | number;

type Base = {
  /** The field's place in the value, e.g. ['openingHours', 'periods', 0, 'from']. */
  path: Key[];
  /** The form control's name: the path joined with dots, as the server's errors name it. */
  name: string;
  label: string;
  help?: string;
  required: boolean;
};

export type InputField = Base & { kind: 'input'; input: FieldInput | 'text' | 'number'; value: string; integer: boolean };
export type CheckboxField = Base & { kind: 'checkbox'; checked: boolean };
export type SelectField = Base & { kind: 'select'; options: Option[]; value: string };
export type ChoicesField = Base & { kind: 'choices'; options: Option[]; values: string[] };
export type GroupField = Base & { kind: 'group'; fields: FormField[] };
export type ListField = Base & {
  kind: 'list';
  /** One entry per row: a group for rows of objects, a single field for rows of text. */
  rows: FormField[];
  /** An empty row, for the script that adds rows (its names are fixed up when it is added). */
  template: FormField;
  /** The label of one row, e.g. «Faste tider hver uke». */
  rowLabel: string;
};

export type Option = { value: string; label: string };
export type FormField = InputField | CheckboxField | SelectField | ChoicesField | GroupField | ListField;

type Def = {
  type: string;
  innerType?: z.ZodType;
  element?: z.ZodType;
  shape?: Record<string, z.ZodType>;
  entries?: Record<string, string>;
  format?: string;
  checks?: { _zod: { def: { check?: string; format?: string } } }[];
};

const defOf = (schema: z.ZodType): Def => (schema as unknown as { _zod: { def: Def } })._zod.def;

/** Option labels for the enums the facts use; a value without one shows as written. */
function optionLabel(value: string): string {
  switch (value) {
    case 'mon':
    case 'tue':
    case 'wed':
    case 'thu':
    case 'fri':
    case 'sat':
    case 'sun':
      return t(`site.day.${value}`);
    case 'month':
    case 'day':
    case 'meal':
    case 'hour':
    case 'year':
    case 'stay':
    case 'once':
      return t(`site.price.unit.${value}`);
    case 'dayOrNight':
      return t('site.figure.unit.dayOrNight');
    case 'nav':
    case 'helsenorge':
    case 'kommune':
      return t(`facts.ask.${value}`);
    default:
      return value;
  }
}

/** The schema under optional/default wrappers, whether it may be left out, and the first metadata found. */
function unwrap(schema: z.ZodType): { schema: z.ZodType; optional: boolean; meta: FieldMeta | undefined } {
  let current = schema;
  let optional = false;
  let meta = current.meta() as FieldMeta | undefined;
  for (;;) {
    const def = defOf(current);
    if ((def.type === 'optional' || def.type === 'default') && def.innerType) {
      optional = true;
      current = def.innerType;
      meta ??= current.meta() as FieldMeta | undefined;
      continue;
    }
    return { schema: current, optional, meta };
  }
}

const nameOf = (path: Key[]) => path.join('.');

function text(value: unknown): string {
  return value === undefined || value === null ? '' : String(value);
}

function isInteger(def: Def): boolean {
  return (def.checks ?? []).some((check) => check._zod.def.format === 'safeint' || check._zod.def.check === 'number_format');
}

function inputOf(def: Def, meta: FieldMeta | undefined): InputField['input'] {
  if (meta?.input) return meta.input;
  if (def.type === 'number') return 'number';
  if (def.format === 'email') return 'email';
  if (def.format === 'url') return 'url';
  if (def.format === 'date') return 'date';
  return 'text';
}

function build(schema: z.ZodType, value: unknown, path: Key[], fallbackLabel: string, forceRequired = false): FormField {
  const { schema: inner, optional, meta } = unwrap(schema);
  const def = defOf(inner);
  const base: Base = {
    path,
    name: nameOf(path),
    label: meta ? t(meta.label) : fallbackLabel,
    ...(meta?.help ? { help: t(meta.help) } : {}),
    required: forceRequired || !optional,
  };
  if (def.type === 'object' && def.shape) {
    const record = (value ?? {}) as Record<string, unknown>;
    return {
      ...base,
      kind: 'group',
      fields: Object.entries(def.shape).map(([key, child]) => build(child, record[key], [...path, key], key)),
    };
  }
  if (def.type === 'array' && def.element) {
    const element = unwrap(def.element);
    const elementDef = defOf(element.schema);
    if (elementDef.type === 'enum' && elementDef.entries) {
      return {
        ...base,
        kind: 'choices',
        options: Object.values(elementDef.entries).map((option) => ({ value: option, label: optionLabel(option) })),
        values: Array.isArray(value) ? value.map(String) : [],
      };
    }
    const items = Array.isArray(value) ? value : [];
    const rowLabel = element.meta ? t(element.meta.label) : base.label;
    return {
      ...base,
      kind: 'list',
      rowLabel,
      rows: items.map((item, index) => build(def.element!, item, [...path, index], rowLabel, true)),
      template: build(def.element, undefined, [...path, 0], rowLabel, true),
    };
  }
  if (def.type === 'boolean') return { ...base, kind: 'checkbox', checked: value === true, required: false };
  if (def.type === 'enum' && def.entries) {
    return {
      ...base,
      kind: 'select',
      options: Object.values(def.entries).map((option) => ({ value: option, label: optionLabel(option) })),
      value: text(value),
    };
  }
  return { ...base, kind: 'input', input: inputOf(def, meta), value: text(value), integer: def.type === 'number' && isInteger(def) };
}

/** The fields of a fact's form, filled in with `value` (or empty for a new one). */
export function factForm(schema: z.ZodType, value: Record<string, unknown> | undefined): FormField[] {
  const root = build(schema, value, [], '');
  return root.kind === 'group' ? root.fields : [root];
}

/** Every field in document order, rows included (not templates). */
export function* eachField(fields: readonly FormField[]): Generator<FormField> {
  for (const field of fields) {
    yield field;
    if (field.kind === 'group') yield* eachField(field.fields);
    if (field.kind === 'list') yield* eachField(field.rows);
  }
}
