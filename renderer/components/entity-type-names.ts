import type { builtInEntityTypes } from '../../main/shared/entity-types.ts';

/** The built-in entity types, spelled here because the renderer imports only types from main (checked against the contract). */
export const entityTypeNames = [
  'person',
  'organisation',
  'place',
  'event',
  'other',
] as const satisfies readonly (typeof builtInEntityTypes)[number][];

/** Whether `type` is one of the built-in entity types (others are user-defined). */
export function isBuiltInType(type: string): boolean {
  return (entityTypeNames as readonly string[]).includes(type);
}
