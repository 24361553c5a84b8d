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
  // The guide has no count and no list for other items, only the rule (every angle, all sides): the body asks for
  // that and offers the checklist's shots as an example, never as the guide's list.
  const other = category.id === 'other';
  const otherRule = {
    gb: 'Whatever the item, please make sure its sensitive parts (screen, ports and so on) are photographed close up and in good light.\n\n',
    us: 'Whatever the item, please make sure its sensitive parts (screen, ports, etc.) are photographed up close and in good lighting.\n\n',
  };
  return defineTemplate({
    id: `photo-request-${category.id}`,
    title: other ? 'Photos: ask for photos of any other item from every angle' : `Photos: ask for the ${count} shots of a ${noun}`,
    folder: 'Photos',
    tags: ['photos', 'return', category.id],
    bodies: {
      'en-gb': `Hello{{#first_name}} {{first_name}}{{/first_name}},

Before ${yourItem} goes back to the seller, please send us ${other ? 'photos of it from every angle' : `${count} individual photos of it`}. They record its general condition, which protects you if there is ever a dispute with the carrier about damage in transit.

${other ? 'For example:' : 'Please photograph:'}
${shotList(category, true)}

${other ? otherRule.gb : ''}Clear, well-lit pictures work best, ideally without reflections, and the buttons and ports should be easy to see. You can attach them to this conversation; if they don't all fit in one message, send them one by one.

Kind regards`,
      'en-us': `Hi{{#first_name}} {{first_name}}{{/first_name}},

Before you ship ${yourItem} back to the seller, please send us ${other ? 'photos of it from every angle' : `${count} individual photos of it`}. They document its overall condition, which protects you if there's ever a dispute with the carrier about damage in transit.

${other ? 'For example:' : 'Please take photos of:'}
${shotList(category, false)}

${other ? otherRule.us : ''}Clear, bright pictures work best, ideally without glare, and the buttons and ports should be easy to see. You can attach them to this conversation; if they don't all fit in one message, feel free to send them individually.

Best regards`,
    },
    sources: other
      ? [
          { backs: [], policy: 'return-an-item-uk.txt', quote: 'Take pictures of your item from every angle.' },
          { backs: [], policy: 'return-an-item.txt', quote: 'including all of its sides' },
        ]
      : [{ backs: [String(count)], policy: 'return-an-item-uk.txt', quote: 'Please send 7 individual photos that clearly show:' }],
  });
}
