import { SHOTS_PER_CATEGORY, type CategoryDefinition, type CategoryId } from '../../../checklist/define';
import { defineTemplate, type TemplateDefinition } from '../../define';

/**
 * The first photo request for one checklist category: the seven shots by their guide labels. The list is built
 * from the category definition, so the reply and the checklist can never name different shots. British bodies
 * use the UK guide's wording where it differs (`labelUk`). Each category keeps its own file and id
 * (`photo-request-<category>.ts`), which only calls this.
 */

const NOUNS: Record<CategoryId, string> = {
  smartphone: 'smartphone',
  tablet: 'tablet',
  computer: 'computer',
  smartwatch: 'smartwatch',
  other: 'item',
};

function shotList(category: CategoryDefinition, british: boolean): string {
  return category.shots.map((shot) => `- ${british && shot.labelUk ? shot.labelUk : shot.label}`).join('\n');
}

export function photoRequestTemplate(category: CategoryDefinition): TemplateDefinition {
  const noun = NOUNS[category.id];
  const yourItem = `{{#product}}your {{product}}{{/product}}{{^product}}your ${noun}{{/product}}`;
  const count = SHOTS_PER_CATEGORY;
  // The guide has no fixed list for other items, only the rule behind it: say the rule too.
  const otherRule = {
    gb: 'The idea is to show the item from every angle, with sensitive parts (screen, ports and so on) photographed close up and in good light.\n\n',
    us: 'The goal is to show the item from every angle, with sensitive parts (screen, ports, etc.) photographed up close and in good lighting.\n\n',
  };
  return defineTemplate({
    id: `photo-request-${category.id}`,
    title: `Photos: ask for the ${count} shots of ${category.id === 'other' ? 'any other item' : `a ${noun}`}`,
    folder: 'Photos',
    tags: ['photos', 'return', category.id],
    bodies: {
      'en-gb': `Hello{{#first_name}} {{first_name}}{{/first_name}},

Before ${yourItem} goes back to the seller, please send us ${count} individual photos of it. They record its general condition, which protects you if there is ever a dispute with the carrier about damage in transit.

Please photograph:
${shotList(category, true)}

${category.id === 'other' ? otherRule.gb : ''}Clear, well-lit pictures work best, ideally without reflections, and the buttons and ports should be easy to see. You can attach them to this conversation; if they don't all fit in one message, send them one by one.

Kind regards`,
      'en-us': `Hi{{#first_name}} {{first_name}}{{/first_name}},

Before you ship ${yourItem} back to the seller, please send us ${count} individual photos of it. They document its overall condition, which protects you if there's ever a dispute with the carrier about damage in transit.

Please take photos of:
${shotList(category, false)}

${category.id === 'other' ? otherRule.us : ''}Clear, bright pictures work best, ideally without glare, and the buttons and ports should be easy to see. You can attach them to this conversation; if they don't all fit in one message, feel free to send them individually.

Best regards`,
    },
  });
}
