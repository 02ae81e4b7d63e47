// Round 56: "XIX" (a century, written in Roman numerals) was read by the entity suggester as an
// organisation in a Turkmen report ("XIX asyr"), and its consonants (ksks) met an unrelated Uyghur word
// in the candidate search. A numeral from 2 to 39 written alone, as centuries and ordinals are, names no
// one. Numerals of C, D, L and M alone (DC, MD, CD, MC) are also abbreviations of names, and are left.

const ordinal = /^(?=[IVX]{2,}$)X{0,3}(?:IX|IV|V?I{0,3})$/u;

/** Whether a name is a Roman numeral from II to XXXIX as written (XIX, XVI, III): no entity. */
export function isRomanNumeral(name: string): boolean {
  return ordinal.test(name.trim());
}
