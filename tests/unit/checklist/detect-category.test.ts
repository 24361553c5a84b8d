// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { detectCategory } from '@/utils/checklist/detect-category';
import type { CategoryId } from '@/utils/checklist/define';
import { setInterfaceLanguage } from '@/utils/i18n/translate';

/** Product titles as Back Market lists them (and accessory titles as shops write them), with no category name. */
const TITLES: [string, CategoryId][] = [
  ['iPhone 13 128GB - Midnight - Unlocked', 'smartphone'],
  ['iPhone SE (2020) 64GB - Black - Unlocked', 'smartphone'],
  ['iPhone 15 Pro Max 256GB - Natural Titanium - Unlocked - Dual eSIM', 'smartphone'],
  ['Galaxy S21 5G 128GB - Phantom Gray - Unlocked', 'smartphone'],
  ['Galaxy A52s 5G 128GB - Awesome Black - Unlocked - Dual-SIM', 'smartphone'],
  ['Galaxy Z Flip3 5G 128GB - Cream - Unlocked', 'smartphone'],
  ['Galaxy Note20 Ultra 5G 256GB - Mystic Bronze - Unlocked', 'smartphone'],
  ['Pixel 7a 128GB - Charcoal - Unlocked', 'smartphone'],
  ['Google Pixel 6 Pro 128GB - Stormy Black - Unlocked', 'smartphone'],
  ['Xiaomi Redmi Note 12 Pro 128GB - Blue - Unlocked', 'smartphone'],
  ['Xiaomi 13T 256GB - Black - Unlocked', 'smartphone'],
  ['OnePlus Nord 2 5G 128GB - Grey Sierra - Unlocked', 'smartphone'],
  ['Huawei P30 Pro 128GB - Aurora - Unlocked', 'smartphone'],
  ['Motorola Moto G84 256GB - Midnight Blue - Unlocked', 'smartphone'],
  ['Sony Xperia 10 III 128GB - Black - Unlocked', 'smartphone'],
  ['Fairphone 4 256GB - Grey - Unlocked', 'smartphone'],

  ['iPad Air (2022) 64GB - Space Gray - WiFi', 'tablet'],
  ['iPad 10.2 (2021) 64GB - Silver - WiFi + 4G', 'tablet'],
  ['iPad Pro 12.9 (2021) 128GB - Space Gray - WiFi', 'tablet'],
  ['iPad mini 6 (2021) 64GB - Purple - WiFi', 'tablet'],
  ['Galaxy Tab S7', 'tablet'],
  ['Galaxy Tab A8 10.5 (2021) 32GB - Gray - WiFi', 'tablet'],
  ['Lenovo Tab M10 Plus 64GB - Iron Grey - WiFi', 'tablet'],
  ['Xiaomi Redmi Pad SE 128GB - Graphite Gray - WiFi', 'tablet'],
  ['Microsoft Surface Pro 7 12" Core i5 8GB - SSD 128 GB', 'tablet'],
  ['Lenovo Yoga Tab 11 128GB - Storm Grey - WiFi', 'tablet'],
  ['Google Pixel Tablet 128GB - Porcelain - WiFi', 'tablet'],

  ['MacBook Air 13" (2020) - Apple M1 - 8GB RAM - SSD 256GB - QWERTY - English', 'computer'],
  ['MacBook Pro 14" (2021) - Apple M1 Pro - 16GB RAM - SSD 512GB - AZERTY - French', 'computer'],
  ['iMac 24" (2021) - Apple M1 - 8GB - SSD 256 GB - QWERTY - English', 'computer'],
  ['Lenovo ThinkPad T480 14" Core i5 1.7 GHz - SSD 256 GB - 8GB QWERTY - English', 'computer'],
  ['Dell Latitude 7490 14" Core i5 2.6 GHz - SSD 256 GB - 8GB QWERTY - English', 'computer'],
  ['HP EliteBook 840 G5 14" Core i5 1.7 GHz - SSD 256 GB - 8GB QWERTY - English', 'computer'],
  ['Asus ZenBook UX325 13" Core i7 2.8 GHz - SSD 512 GB - 16GB AZERTY - French', 'computer'],
  ['Acer Chromebook 314 14" Celeron 1.1 GHz - SSD 64 GB - 4GB QWERTY - English', 'computer'],
  ['Lenovo IdeaPad 5 14" Ryzen 5 - SSD 512 GB - 8GB - QWERTY', 'computer'],
  ['Microsoft Surface Laptop 4 13" Core i5 - SSD 512 GB - 8GB', 'computer'],
  ['Galaxy Book3 Pro 14" Core i7 - SSD 512 GB - 16GB', 'computer'],
  ['Lenovo Yoga 7 14" Ryzen 7 - SSD 1 TB - 16GB', 'computer'],
  ['Google Pixelbook Go 13" Core m3 - SSD 64 GB - 8GB', 'computer'],

  ['Apple Watch Series 7 (2021) GPS 45 mm - Aluminium Midnight - Sport band Midnight', 'smartwatch'],
  ['Apple Watch SE (2022) GPS + Cellular 40 mm - Aluminium Starlight - Sport loop', 'smartwatch'],
  ['Apple Watch Series 9 GPS 41mm Midnight Aluminium Case with Midnight Sport Band - S/M', 'smartwatch'],
  ['Galaxy Watch4 40mm - Black', 'smartwatch'],
  ['Samsung Galaxy Watch5 Pro 45mm - Titanium - Black', 'smartwatch'],
  ['Google Pixel Watch 2 41mm - Matte Black', 'smartwatch'],
  ['Garmin Fenix 6 Pro - Black', 'smartwatch'],
  ['Xiaomi Mi Band 7 - Black', 'smartwatch'],
  ['Huawei Watch GT 3 46mm - Black', 'smartwatch'],

  ['PlayStation 5 825GB - White', 'other'],
  ['Nintendo Switch OLED', 'other'],
  ['Xbox Series X 1TB - Black', 'other'],
  ['AirPods Pro', 'other'],
  ['AirPods Pro (2nd generation) with MagSafe Charging Case (USB-C)', 'other'],
  ['Galaxy Buds2 Pro - Graphite', 'other'],
  ['Mac mini (2020) M1 3.2 GHz - SSD 256 GB - 8GB', 'other'],
  ['Dyson V11 Absolute', 'other'],
  ['Canon EOS 250D', 'other'],
];

/** Titles built to fool a careless rule: a device word that is not the device. */
const TRAPS: [string, CategoryId, string][] = [
  ['Watch Dogs (PS4 game)', 'other', 'a game with "Watch" in its name is not a smartwatch'],
  ['Watch Dogs: Legion - Xbox One', 'other', '"Legion" here is not a Lenovo laptop'],
  ['Watch Dogs 2', 'other', 'a game title alone, no console named'],
  ['Super Mario Galaxy 2 - Wii', 'other', '"Galaxy" alone is not a Samsung phone'],
  ['Casio G-Shock GA-2100 watch', 'other', 'a watch that is not smart'],
  ['Apple Pencil (2nd generation)', 'other', 'an Apple Pencil is not a tablet'],
  ['Apple Pencil', 'other', 'an Apple Pencil is not a tablet'],
  ['iPhone case', 'other', 'a case is not a phone'],
  ['Silicone Case with MagSafe for iPhone 13 - Midnight', 'other', 'a case for an iPhone'],
  ['Magic Keyboard for iPad Pro 11-inch - Black', 'other', 'a keyboard for an iPad'],
  ['Sport Band for Apple Watch 45mm - Midnight', 'other', 'a band for a watch'],
  ['Apple Watch Sport Loop 45mm - Midnight', 'other', 'a band named after the watch'],
  ['USB-C to Lightning Cable (1 m)', 'other', 'a cable'],
  ['MacBook Pro charger 96W USB-C', 'other', 'a charger named after the laptop'],
  ['Logitech Gamepad F310', 'other', '"pad" in gamepad is not a tablet'],
  ['DualSense Wireless Controller for PS5 - White', 'other', 'a controller'],
  ['Screen protector Galaxy S23 - tempered glass', 'other', 'a screen protector'],
  ['Lenovo Legion Go 512GB', 'other', 'a handheld console from a laptop brand'],
];

describe('detectCategory from the product title', () => {
  it.each(TITLES)('%s -> %s', (productTitle, expected) => {
    const result = detectCategory({ productTitle, categoryName: null });
    expect(result.category, result.reason).toBe(expected);
  });

  it.each(TRAPS)('%s -> %s (%s)', (productTitle, expected) => {
    const result = detectCategory({ productTitle, categoryName: null });
    expect(result.category, result.reason).toBe(expected);
  });
});

describe('detectCategory from the category name', () => {
  it.each<[string, CategoryId]>([
    ['Smartphones', 'smartphone'],
    ['iPhone', 'smartphone'],
    ['Tablets', 'tablet'],
    ['iPad', 'tablet'],
    ['Laptops', 'computer'],
    ['MacBook', 'computer'],
    ['Computer', 'computer'],
    ['Gaming laptops', 'computer'],
    ['Smartwatches', 'smartwatch'],
    ['Apple Watch', 'smartwatch'],
    ['Consoles', 'other'],
    ['Headphones', 'other'],
    ['Tablet accessories', 'other'],
    ['Phone cases', 'other'],
    ['Tablettes', 'tablet'],
    ['Ordinateurs portables', 'computer'],
    ['Montres connectées', 'smartwatch'],
    ['Téléphones portables', 'smartphone'],
  ])('%s -> %s', (categoryName, expected) => {
    const result = detectCategory({ categoryName, productTitle: null });
    expect(result.category, result.reason).toBe(expected);
    expect(result.source).toBe('category-name');
  });

  it('the category name wins over model words in the title', () => {
    // A refurbished tablet whose title only names the brand family: the platform's category decides.
    const result = detectCategory({ categoryName: 'Tablets', productTitle: 'Galaxy 10.1 32GB - Black' });
    expect(result.category).toBe('tablet');
  });

  it('an accessory title wins over a device category', () => {
    const result = detectCategory({ categoryName: 'Tablets', productTitle: 'Apple Pencil (2nd generation)' });
    expect(result.category).toBe('other');
    expect(result.reason).toContain('Apple Pencil');
  });

  it('a device sold with an accessory stays the device', () => {
    const result = detectCategory({
      categoryName: 'Tablets',
      productTitle: 'iPad Pro 11 (2021) 128GB - Space Gray - WiFi + Magic Keyboard',
    });
    expect(result.category).toBe('tablet');
  });

  it('an unknown category name falls back to the title', () => {
    const result = detectCategory({ categoryName: 'Refurbished', productTitle: 'iPhone 12 64GB - Blue - Unlocked' });
    expect(result).toMatchObject({ category: 'smartphone', source: 'product-title' });
  });
});

describe('detectCategory explains itself', () => {
  it('names what it matched', () => {
    const result = detectCategory({ categoryName: null, productTitle: 'iPhone 13 128GB - Midnight - Unlocked' });
    expect(result.reason).toMatch(/iphone/i);
    expect(result.reason).toMatch(/smartphone checklist/);
  });

  it('falls back to other items with nothing to go on', () => {
    expect(detectCategory({})).toMatchObject({ category: 'other', source: 'default' });
    expect(detectCategory({ categoryName: '  ', productTitle: '' })).toMatchObject({ category: 'other', source: 'default' });
  });
});

describe('the reason in a French interface', () => {
  it('says what was matched, where, and which checklist, in French', () => {
    setInterfaceLanguage('fr');
    try {
      expect(detectCategory({ productTitle: 'iPad Air 64GB - Gris', categoryName: null }).reason).toBe(
        'Le titre du produit « iPad Air 64GB - Gris » désigne une tablette (« ipad ») : liste de photos pour tablette.',
      );
      expect(detectCategory({ productTitle: null, categoryName: null }).reason).toBe(
        'Ni catégorie ni titre de produit connus : liste de photos pour les autres articles.',
      );
    } finally {
      setInterfaceLanguage('en');
    }
  });
});
