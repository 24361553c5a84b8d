// @vitest-environment node
import { afterEach, describe, expect, it } from 'vitest';
import { setInterfaceLanguage, variableText } from '@/utils/i18n/translate';
import { imeiError, TEMPLATE_VARIABLES } from '@/utils/templates/variables';

/**
 * The fill-in form's labels and hints and the options' variable list speak the interface's language. The
 * definitions in utils/templates/variables.ts hold the English; the catalogue must say the same in English, and
 * something in French for every variable.
 */
afterEach(() => setInterfaceLanguage('en'));

const fields = (variable: (typeof TEMPLATE_VARIABLES)[number]) =>
  (['label', 'placeholder', 'description'] as const).filter((field) => variable[field] !== undefined);

describe('template variables in the interface language', () => {
  it('English: the catalogue gives each variable exactly the words of its definition', () => {
    for (const variable of TEMPLATE_VARIABLES) {
      for (const field of fields(variable))
        expect(variableText(variable.name, field, '(not in the catalogue)'), `${variable.name}.${field}`).toBe(variable[field]);
    }
  });

  it('French: every label, hint and description is in the catalogue, and the fill-in errors are French', () => {
    setInterfaceLanguage('fr');
    for (const variable of TEMPLATE_VARIABLES) {
      for (const field of fields(variable))
        expect(variableText(variable.name, field, '(not in the catalogue)'), `${variable.name}.${field}`).not.toBe(
          '(not in the catalogue)',
        );
    }
    expect(variableText('order_id', 'label', 'Order number')).toBe('Numéro de commande');
    expect(imeiError('12345')).toBe('Un IMEI compte exactement 15 chiffres.');
  });
});
