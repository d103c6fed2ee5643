/**
 * A validator for the subset of JSON Schema 2020-12 that `reportJsonSchema()` uses, so tests can
 * check that the shipped schema accepts and rejects what it should. A keyword outside the subset
 * is an error, never silently ignored.
 */
type Schema = Record<string, unknown>;

const ANNOTATIONS = new Set(['$schema', 'title', 'description', 'format']);

function typeOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'number') return Number.isInteger(value) ? 'integer' : 'number';
  return typeof value;
}

function hasType(value: unknown, type: string): boolean {
  const actual = typeOf(value);
  return actual === type || (type === 'number' && actual === 'integer');
}

/** Whether `value` (plain JSON data) is valid against `schema`. */
export function validates(schema: Schema, value: unknown): boolean {
  for (const [keyword, arg] of Object.entries(schema)) {
    if (ANNOTATIONS.has(keyword)) continue;
    switch (keyword) {
      case 'type': {
        const types = Array.isArray(arg) ? (arg as string[]) : [arg as string];
        if (!types.some((t) => hasType(value, t))) return false;
        break;
      }
      case 'const':
        if (value !== arg) return false;
        break;
      case 'enum':
        if (!(arg as unknown[]).includes(value)) return false;
        break;
      case 'minimum':
        if (typeof value === 'number' && value < (arg as number)) return false;
        break;
      case 'maximum':
        if (typeof value === 'number' && value > (arg as number)) return false;
        break;
      case 'minLength':
        if (typeof value === 'string' && [...value].length < (arg as number)) return false;
        break;
      case 'pattern':
        if (typeof value === 'string' && !new RegExp(arg as string, 'u').test(value)) return false;
        break;
      case 'required':
        if (typeOf(value) === 'object' && !(arg as string[]).every((k) => Object.hasOwn(value as object, k)))
          return false;
        break;
      case 'properties':
        if (typeOf(value) === 'object') {
          for (const [k, sub] of Object.entries(arg as Record<string, Schema>)) {
            if (Object.hasOwn(value as object, k) && !validates(sub, (value as Record<string, unknown>)[k]))
              return false;
          }
        }
        break;
      case 'additionalProperties':
        if (typeOf(value) === 'object') {
          const known = Object.keys((schema.properties as object | undefined) ?? {});
          for (const [k, v] of Object.entries(value as object)) {
            if (known.includes(k)) continue;
            if (arg === false || (typeof arg === 'object' && !validates(arg as Schema, v))) return false;
          }
        }
        break;
      case 'allOf':
        if (!(arg as Schema[]).every((s) => validates(s, value))) return false;
        break;
      case 'anyOf':
        if (!(arg as Schema[]).some((s) => validates(s, value))) return false;
        break;
      case 'oneOf':
        if ((arg as Schema[]).filter((s) => validates(s, value)).length !== 1) return false;
        break;
      default:
        throw new Error(`JSON Schema keyword ${keyword} is outside the tested subset`);
    }
  }
  return true;
}
