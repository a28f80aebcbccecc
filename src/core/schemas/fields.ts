/**
 * Labels for schema fields. Each field of a fact is declared once, in its zod schema, with the
 * catalogue keys of its Norwegian label and help text (src/core/text/nb/facts.json); validation
 * and the editors' form (src/core/facts/form-model.ts) are both derived from that one declaration.
 */
import type { MessageKey } from '../text/t.ts';

/** A key of the facts namespace of the catalogue, e.g. 'facts.field.phone'. */
export type FactTextKey = Extract<MessageKey, `facts.${string}`>;

/** How a field is typed in the editors' form when its type alone doesn't say it. */
export type FieldInput = 'textarea' | 'time' | 'tel' | 'email' | 'url' | 'date';

export type FieldMeta = {
  /** Catalogue key of the field's label, in the facts namespace. */
  label: FactTextKey;
  /** Catalogue key of one or two sentences that help the editor fill it in. */
  help?: FactTextKey;
  input?: FieldInput;
};

/** The metadata a field carries: `z.string().meta(field('facts.field.phone', 'facts.field.phone.help', 'tel'))`. */
export function field(label: FactTextKey, help?: FactTextKey, input?: FieldInput): FieldMeta {
  return { label, ...(help ? { help } : {}), ...(input ? { input } : {}) };
}
