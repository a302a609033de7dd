import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  COUNTRIES,
  countryVocabulary,
  flagEmoji,
  isPlaceholderCountry,
  resolveCountry,
} from '../../server/src/service/vocab/countries';
import { enumVocabulary } from '../../server/src/service/vocab/enums';
import { methodVocabulary } from '../../server/src/service/vocab/methods';
import { sdgVocabulary, SDGS } from '../../server/src/service/vocab/sdgs';
import { toolkitVocabulary } from '../../server/src/service/vocab/toolkit';

describe('vocabularies', () => {
  it('names goal 5 by number, code, name, toolkit form, and Spanish and French names', () => {
    for (const spelling of [
      '5',
      'SDG 5',
      'sdg5',
      'Goal 5',
      'Gender Equality',
      '5 Gender Equality',
      'Igualdad de género',
      'Égalité entre les sexes',
    ]) {
      assert.equal(sdgVocabulary.lookup(spelling)?.entry.number, 5, spelling);
    }
    assert.equal(
      sdgVocabulary.lookup('10. Reduced innequalities')?.exact,
      true,
      "the platform's own spelling is canonical",
    );
    assert.equal(SDGS.length, 17);
    assert.ok(
      SDGS.every(
        (goal) => /^#[0-9A-F]{6}$/.test(goal.colour) && goal.goal.en && goal.goal.es && goal.goal.fr,
      ),
    );
  });

  it('knows countries by the archive spelling and their aliases', () => {
    assert.equal(countryVocabulary.lookup('Cabo Verde')?.entry.canonical, 'Cape Verde');
    assert.equal(countryVocabulary.lookup('Timor-Leste')?.entry.canonical, 'East Timor');
    assert.equal(countryVocabulary.lookup("Côte d'Ivoire")?.entry.canonical, 'Ivory Coast');
    assert.equal(countryVocabulary.lookup('United States')?.entry.canonical, 'United States of America');
    assert.equal(countryVocabulary.lookup('Guinea Bissau')?.entry.canonical, 'Guinea-Bissau');
    assert.equal(countryVocabulary.lookup('Gambia')?.entry.canonical, 'The Gambia');
    assert.equal(countryVocabulary.lookup('Perú')?.entry.canonical, 'Peru');
    assert.equal(countryVocabulary.lookup('Congo'), undefined, 'an alias two countries share names neither');
  });

  it('accepts the regions reverse geocoding produced, as their country', () => {
    assert.equal(resolveCountry('England')?.country.canonical, 'United Kingdom');
    assert.equal(resolveCountry('Republika Srpska')?.country.canonical, 'Bosnia and Herzegovina');
    assert.equal(resolveCountry('Null Island'), undefined);
  });

  it('gives every country ISO codes, a flag and a point', () => {
    const peru = resolveCountry('Peru')!.country;
    assert.deepEqual([peru.alpha2, peru.alpha3, peru.numeric], ['PE', 'PER', '604']);
    assert.equal(flagEmoji(peru.alpha2), '🇵🇪');
    assert.ok(COUNTRIES().every((country) => country.point !== null));
  });

  it('knows methods, experiment answers and toolkit lists', () => {
    assert.equal(methodVocabulary.lookup('Data Ethography')?.exact, true);
    assert.equal(methodVocabulary.lookup('Systems Thinking')?.entry.canonical, 'System Thinking');
    assert.equal(methodVocabulary.suggest('solution mapping')[0]?.entry.canonical, 'Solutions Mapping');
    assert.equal(enumVocabulary('experiment_status')?.lookup('completed')?.entry.canonical, 'Completed');
    // The platform's current options (config/edit/sm.js and exp.js), not the older spellings most archive pages keep.
    assert.equal(enumVocabulary('gender')?.lookup('male')?.entry.canonical, 'Male');
    assert.equal(
      enumVocabulary('experiment_type')?.lookup('Pre Experimental (trial and error, prototype, a/b testing)')
        ?.entry.canonical,
      'Pre experimental (trial and error, prototype, a/b testing)',
    );
    assert.equal(
      toolkitVocabulary('sdg')?.lookup('5. Gender equality')?.entry.canonical,
      '5 Gender Equality',
    );
    assert.equal(toolkitVocabulary('enablers')?.lookup('Digitalization')?.exact, true);
  });

  it("names goals by the platform's names on its four sites and the toolkit's own spellings", () => {
    const spellings: [string, number][] = [
      ['Erradicar a fome', 2],
      ['Saúde de qualidade', 3],
      ['Igualdade de gênero', 5],
      ['Igualdad de géneros', 5],
      ['Tabajo decente y crecimiento económico', 8],
      ['ODS 13', 13],
    ];
    for (const [spelling, number] of spellings)
      assert.equal(sdgVocabulary.lookup(spelling)?.entry.number, number, spelling);
    const variant = toolkitVocabulary('sdg')?.lookup('9 Industry Innovation And Infraestructure');
    assert.deepEqual(
      [variant?.entry.canonical, variant?.exact],
      ['9 Industry Innovation And Infrastructure', false],
    );
    assert.ok(SDGS.every((goal) => goal.names.pt && goal.goal.pt && goal.platform.pt));
  });

  it("takes the forms' current answers, and accepts the earlier forms' values the archive carries", () => {
    const type = enumVocabulary('experiment_type')!;
    const replaced = type.lookup('Fully Randomised (RCTs, etc.)');
    assert.equal(replaced?.entry.canonical, 'Experimental (RCTs, etc.)');
    assert.ok(replaced?.entry.outdated?.includes('Fully Randomised (RCTs, etc.)'));
    assert.equal(type.lookup('Quasi experimental (Analytical, observations, etc)')?.exact, true);
    const scaling = enumVocabulary('scaling')!.lookup('This experiment did not scale yet')!.entry;
    assert.deepEqual(
      [scaling.canonical, scaling.platform],
      ['did not scale yet', 'This experiment did not scale yet'],
    );
    assert.equal(
      enumVocabulary('control_group')?.lookup('No')?.entry.canonical,
      'It does not use a control group',
    );
  });

  it("knows the country lookup's names, continents and Portuguese names", () => {
    assert.equal(resolveCountry('Hawaii')?.country.canonical, 'United States of America');
    assert.equal(resolveCountry('Gaza')?.country.canonical, 'Palestine');
    assert.equal(countryVocabulary.lookup('Turks and Caicos Is.')?.entry.alpha2, 'TC');
    assert.equal(countryVocabulary.lookup('Moçambique')?.entry.continent, 'Africa');
    assert.equal(countryVocabulary.lookup('República Democrática do Congo')?.entry.alpha2, 'CD');
    assert.ok(isPlaceholderCountry('Undefined Country') && isPlaceholderCountry('null island'));
    assert.equal(resolveCountry('Undefined Country'), undefined);
  });
});
