import type { Gender } from '../../shared/schemas/contact';

const FEMALE = new Set(['f', 'female', 'woman', 'w', 'ж', 'жен', 'женский', 'женщина']);
const MALE = new Set(['m', 'male', 'man', 'м', 'муж', 'мужской', 'мужчина']);

/** "F", "Female", "ж", "женский" and friends; anything else is unspecified. */
export function parseGender(value: string): Gender {
  const word = value.trim().toLowerCase().replace(/\.$/, '');
  if (FEMALE.has(word)) return 'female';
  if (MALE.has(word)) return 'male';
  return 'unspecified';
}
