// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { extractIdentifiers, type ExtractedIdentifier } from '@/utils/identifiers/extract';

/** The parts an agent reads; index and context are checked separately. */
function summary(found: ExtractedIdentifier[]) {
  return found.map(({ kind, value, valid, label }) => ({ kind, value, valid, ...(label ? { label } : {}) }));
}

describe('About phone screens', () => {
  it('Android: IMEI per slot and EID; not the phone number, model or serial', () => {
    const text = [
      'About phone',
      'Galaxy S21 5G',
      'Phone number',
      '+44 7700 900123',
      'Model name',
      'Galaxy S21 5G',
      'Model number',
      'SM-G991B/DS',
      'Serial number',
      'R5CR10ABCDE',
      'IMEI (slot 1)',
      '35 693803 564380 9',
      'IMEI (slot 2)',
      '35 693803 564381 7',
      'EID',
      '89049032123451234512345678901235',
    ].join('\n');
    expect(summary(extractIdentifiers(text))).toEqual([
      { kind: 'imei', value: '356938035643809', valid: true, label: 'IMEI 1' },
      { kind: 'imei', value: '356938035643817', valid: true, label: 'IMEI 2' },
      { kind: 'eid', value: '89049032123451234512345678901235', valid: true, label: 'EID' },
    ]);
  });

  it('iPhone: "IMEI" next to "IMEI2" becomes IMEI 1; the MEID is not an IMEI', () => {
    const text = `Model Name iPhone 13
Model Number MLPF3ZD/A
Serial Number F2LXK0ABCDEF
IMEI 35 693803 564380 9
IMEI2 35 693803 564381 7
EID 89049032123451234512345678901235
MEID 35693803564380`;
    expect(summary(extractIdentifiers(text))).toEqual([
      { kind: 'imei', value: '356938035643809', valid: true, label: 'IMEI 1' },
      { kind: 'imei', value: '356938035643817', valid: true, label: 'IMEI 2' },
      { kind: 'eid', value: '89049032123451234512345678901235', valid: true, label: 'EID' },
      { kind: 'meid', value: '35693803564380', valid: true, label: 'MEID' },
    ]);
  });

  it('gives index and formatted value and a context snippet', () => {
    const text = 'Status\nIMEI: 356938035643809\nIMEI SV: 01';
    const [item] = extractIdentifiers(text);
    expect(item?.index).toBe(text.indexOf('3569'));
    expect(item?.formatted).toBe('35 693803 564380 9');
    expect(item?.plausible).toBe(true);
    expect(item?.context).toContain('IMEI: 356938035643809');
  });
});

describe('*#06# dialogs', () => {
  it('Samsung: IMEI1/IMEI2 with /01 software version, 32-digit EID, MEID, serial', () => {
    const text = `IMEI
IMEI1 356938035643809/01
IMEI2 356938035643817/01
EID 89049032123451234512345678901235
MEID 35693803564380
S/N R58M12ABCDE`;
    expect(summary(extractIdentifiers(text))).toEqual([
      { kind: 'imei', value: '356938035643809', valid: true, label: 'IMEI 1' },
      { kind: 'imei', value: '356938035643817', valid: true, label: 'IMEI 2' },
      { kind: 'eid', value: '89049032123451234512345678901235', valid: true, label: 'EID' },
      { kind: 'meid', value: '35693803564380', valid: true, label: 'MEID' },
    ]);
  });

  it('hex MEID', () => {
    expect(summary(extractIdentifiers('MEID (HEX): A0000012345678'))).toEqual([
      { kind: 'meid', value: 'A0000012345678', valid: true, label: 'MEID' },
    ]);
  });

  it('an EID wrapped over two lines stays one EID, never IMEIs', () => {
    const found = extractIdentifiers('EID\n8904903212345123451234\n5678901235\n');
    expect(summary(found)).toEqual([{ kind: 'eid', value: '89049032123451234512345678901235', valid: true, label: 'EID' }]);
  });

  it('an unlabelled 32-digit EID is an EID, not IMEIs', () => {
    expect(summary(extractIdentifiers('89049032123451234512345678901235'))).toEqual([
      { kind: 'eid', value: '89049032123451234512345678901235', valid: true },
    ]);
  });

  it('IMEISV (16 digits) is never an IMEI, labelled or not', () => {
    expect(extractIdentifiers('IMEISV 3569380356438001')).toEqual([]);
    expect(extractIdentifiers('IMEI SV: 35 693803 564380 01')).toEqual([]);
    expect(extractIdentifiers('3569380356438001')).toEqual([]);
  });
});

describe('box labels', () => {
  it('IMEI, EAN-13, UPC-A, serial and part number: only the IMEI', () => {
    const text = `Apple iPhone 13 128GB Midnight
(S) Serial No. F2LXK0ABCDEF
(1P) Part No. MLPF3ZD/A
IMEI 356938035643809
EAN 0194252707316
UPC 194252707316
0194252707316 356938035643809`;
    expect(summary(extractIdentifiers(text))).toEqual([{ kind: 'imei', value: '356938035643809', valid: true, label: 'IMEI' }]);
  });

  it('an unlabelled IMEI on the same line as an EAN is found', () => {
    expect(summary(extractIdentifiers('0194252707316 356938035643809'))).toEqual([{ kind: 'imei', value: '356938035643809', valid: true }]);
  });

  it('a Luhn-valid 15-digit serial number stays a serial', () => {
    expect(extractIdentifiers('Serial: 356938035643809')).toEqual([]);
  });

  it('ICCID, labelled or printed in groups on a SIM carrier, is a SIM number, not an IMEI', () => {
    expect(summary(extractIdentifiers('ICCID 89014103211118510720'))).toEqual([
      { kind: 'iccid', value: '89014103211118510720', valid: true, label: 'ICCID' },
    ]);
    expect(summary(extractIdentifiers('8944 1100 6825 9270 499'))).toEqual([{ kind: 'iccid', value: '8944110068259270499', valid: true }]);
  });
});

describe('IMEI validity and plausibility policy', () => {
  it('reports a labelled IMEI that fails Luhn as invalid (a misread the agent should see)', () => {
    expect(summary(extractIdentifiers('IMEI 2: 356938035643808'))).toEqual([
      { kind: 'imei', value: '356938035643808', valid: false, label: 'IMEI 2' },
    ]);
  });

  it('drops an unlabelled 15-digit number that fails Luhn', () => {
    expect(extractIdentifiers('356938035643808')).toEqual([]);
  });

  it('needs a label for a Luhn-valid number with no known reporting body', () => {
    expect(extractIdentifiers('001017123456785')).toEqual([]);
    const [labelled] = extractIdentifiers('IMEI: 001017123456785');
    expect(labelled).toMatchObject({ kind: 'imei', valid: true, plausible: false, label: 'IMEI' });
  });

  it('accepts unlabelled IMEIs only in printed groupings, not phone-like ones', () => {
    expect(summary(extractIdentifiers('35-693803-564380-9'))).toEqual([{ kind: 'imei', value: '356938035643809', valid: true }]);
    expect(summary(extractIdentifiers('35693803 564380 9'))).toHaveLength(1);
    expect(extractIdentifiers('3569 38 0356 43809')).toEqual([]);
    expect(extractIdentifiers('+35 693803 564380 9')).toEqual([]);
  });

  it('deduplicates the same IMEI and keeps the label of any occurrence', () => {
    const found = extractIdentifiers('356938035643809\n\nBox:\nIMEI 35 693803 564380 9');
    expect(summary(found)).toEqual([{ kind: 'imei', value: '356938035643809', valid: true, label: 'IMEI' }]);
    expect(found[0]?.index).toBe(0);
  });
});

describe('OCR noise', () => {
  it('reads the IMEI label as OCR misreads it on photographed screens and labels (\\MEI, IME!, a semicolon for the colon)', () => {
    // From the real corpus: a phone filming a monitor (imei14) and a photographed Philips back label (imei04).
    expect(summary(extractIdentifiers('\\MEI; 869838068497529'))).toEqual([
      { kind: 'imei', value: '869838068497529', valid: false, label: 'IMEI' },
    ]);
    expect(summary(extractIdentifiers('PN: UY379949     IME!: 448674528976410'))).toEqual([
      { kind: 'imei', value: '448674528976410', valid: true, label: 'IMEI' },
    ]);
    // The second frame of that film (imei15): the M read as W.
    expect(summary(extractIdentifiers('\\WEI: 869838068497529'))).toEqual([
      { kind: 'imei', value: '869838068497529', valid: false, label: 'IMEI' },
    ]);
  });

  it('reports a lone 15-digit number with a reporting body prefix as an IMEI, failing or not, in a text that names IMEIs (imei15)', () => {
    // The app's caption (识别结果, "recognition result") is read as noise: no label stands before the number.
    const screen = '\\WEI B49R3R0468936038\nWEIME S55 09\niRBlt B: 869838068936038';
    expect(summary(extractIdentifiers(screen))).toEqual([{ kind: 'imei', value: '869838068936038', valid: false }]);
  });

  it('takes no failing 15-digit number without a label where nothing names IMEIs, nor one with no reporting body prefix', () => {
    expect(extractIdentifiers('Order 869838068936038')).toEqual([]);
    expect(extractIdentifiers('IMEI list\nRef: 869838068936038')).toEqual([]);
    expect(extractIdentifiers('IMEI list\n123456789012347')).toEqual([]);
    // Part of a longer printed number (groups), not a number on its own.
    expect(extractIdentifiers('IMEI list\n8698 3806 8936 038')).toEqual([]);
  });

  it.each([
    ['O for 0 and S for 5', 'IMEI: 3S6938O3S643809'],
    ['l for 1 in the label and B for 8', 'IMEl 35 693BO3 564380 9'],
    ['| for 1 in the label, dashes', '|MEI 35-693803-564380-9'],
    ['spaces', 'IMEI  35 693803 564380 9'],
    ['a line break inside the number, beside its label', 'IMEI:\n35693803\n5643809'],
    ['lower-case label, o for 0', 'imei 3569380356438o9'],
  ])('%s', (_what, text) => {
    expect(summary(extractIdentifiers(text))).toEqual([{ kind: 'imei', value: '356938035643809', valid: true, label: 'IMEI' }]);
  });

  it('does not repair look-alikes when the repaired number fails its check', () => {
    expect(extractIdentifiers('IMEI: 3569380356438O8')).toEqual([]);
    expect(extractIdentifiers('WAYBILL 00 5771 44O8')).toEqual([]);
  });

  it('does not join numbers across a line break without a label', () => {
    expect(extractIdentifiers('35693803\n5643809')).toEqual([]);
  });

  it('does not read words as digits', () => {
    expect(extractIdentifiers('BOSS SOLO BIBLIO ISOS BOOBS SOIL')).toEqual([]);
  });
});

describe('DHL Express labels', () => {
  const label = `EXPRESS WORLDWIDE
From: IBM Corporation   Contact: 1 905 8613402
1 New Orchard Road, Armonk 10504 New York
To: IBM Bruse Private Limited   Mrs Orlander   506-851-2271
9 Business Park Central, 1060 Brussels, Belgium
Account No: 1234567891
Ref: 9876543216
Pce/Shpt Weight 2.0/20.0kg   Piece 1/1
WAYBILL 00 5771 4403
Piece ID(s)
(J) JD01 3036 5381 7229 6379
(2L)BE1060+48000001`;

  it('reports only the waybill beside WAYBILL', () => {
    expect(summary(extractIdentifiers(label))).toEqual([{ kind: 'dhl-express', value: '0057714403', valid: true, label: 'Waybill' }]);
    expect(extractIdentifiers(label)[0]?.formatted).toBe('00 5771 4403');
  });

  it('ignores mod-7-valid 10-digit numbers without a waybill label', () => {
    expect(extractIdentifiers('0057714403')).toEqual([]);
    expect(extractIdentifiers('Account No: 1234567891')).toEqual([]);
  });

  it.each([['AWB: 0057714403'], ['Waybill No. 00 5771 4403'], ['DHL Express Waybill\n0057714403'], ['DHL 0057714403']])(
    'accepts the label form %j',
    (text) => {
      expect(summary(extractIdentifiers(text))).toEqual([{ kind: 'dhl-express', value: '0057714403', valid: true, label: 'Waybill' }]);
    },
  );

  it('accepts "Tracking #" only on a text that mentions DHL', () => {
    expect(extractIdentifiers('DHL Express\nTracking #: 0057714403')).toHaveLength(1);
    expect(extractIdentifiers('Tracking #: 0057714403')).toEqual([]);
  });

  it('reports a mod-7 failure beside WAYBILL as invalid', () => {
    expect(summary(extractIdentifiers('WAYBILL 00 5771 4408'))).toEqual([
      { kind: 'dhl-express', value: '0057714408', valid: false, label: 'Waybill' },
    ]);
  });

  it('repairs O for 0 in a waybill when the result passes mod 7', () => {
    expect(summary(extractIdentifiers('WAYBILL 0O 5771 44O3'))).toEqual([
      { kind: 'dhl-express', value: '0057714403', valid: true, label: 'Waybill' },
    ]);
  });
});

describe('UPS labels', () => {
  it('1Z with spaces beside TRACKING #', () => {
    const text = 'UPS STANDARD\nSHIP TO: Max Mustermann\nTRACKING #: 1Z 0FH 344 68 3174 4085\nBILLING: P/P';
    const found = extractIdentifiers(text);
    expect(summary(found)).toEqual([{ kind: 'ups', value: '1Z0FH3446831744085', valid: true, label: 'Tracking' }]);
    expect(found[0]?.formatted).toBe('1Z 0FH 344 68 3174 4085');
  });

  it('reports UPS test numbers as invalid (1Z is unmistakable) and ignores the USPS number', () => {
    const text = '1Z 4X7 V81 YW 0000 0000\nUSPS 9261 2903 0000 0000 0000 0000 00';
    expect(summary(extractIdentifiers(text))).toEqual([{ kind: 'ups', value: '1Z4X7V81YW00000000', valid: false }]);
  });

  it('repairs look-alikes in the digit part and the prefix only when the result validates', () => {
    expect(summary(extractIdentifiers('lZ 0FH 344 68 3174 4O85'))).toEqual([{ kind: 'ups', value: '1Z0FH3446831744085', valid: true }]);
    expect(extractIdentifiers('lZ 0FH 344 68 3174 4O86')).toEqual([]);
  });

  it('reads "12" for "1Z" (a tesseract habit) only when the result validates and looks like UPS', () => {
    expect(summary(extractIdentifiers('TRACKING #: 12 0FH 344 68 3174 4085'))).toEqual([
      { kind: 'ups', value: '1Z0FH3446831744085', valid: true, label: 'Tracking' },
    ]);
    expect(extractIdentifiers('TRACKING #: 12 680 RA4 DL 0872 0000')).toEqual([]); // realdata lbl10, test number
    expect(extractIdentifiers('120000000000000000')).toEqual([]);
  });

  it('finds nothing on a sample label with placeholder text', () => {
    expect(extractIdentifiers('UPS TRACKING NUMBER PRINTS HERE\nPhone 1234567890\n75001 PARIS')).toEqual([]);
  });
});

describe('DPD labels', () => {
  it('DPD BE: the parcel number with its check character, once, not the reference', () => {
    const text = `dpd
Consignment 05300000011267
Ref1: 0000000002
0530 0000 0112 67 F
Service XD
0002 8000 5300 0000 1126 7136 056U`;
    const found = extractIdentifiers(text);
    expect(summary(found)).toEqual([{ kind: 'dpd', value: '05300000011267F', valid: true }]);
    expect(found[0]?.formatted).toBe('0530 0000 0112 67 F');
  });

  it('finds the parcel number in the human-readable barcode text alone', () => {
    expect(summary(extractIdentifiers('0002 8000 5300 0000 1126 7136 056U'))).toEqual([
      { kind: 'dpd', value: '05300000011267F', valid: true },
    ]);
  });

  it('DPD PL: 13 digits + letter, check character R', () => {
    const text = 'DPD Polska\nNumer paczki\n0000 007278 859Q R\n0003230 0000 007278859Q 101 616 Z';
    expect(summary(extractIdentifiers(text))).toEqual([{ kind: 'dpd', value: '0000007278859QR', valid: true, label: 'Parcel' }]);
  });

  it('drops an OCR misread of the check line without a parcel label, reports it beside one', () => {
    expect(extractIdentifiers('Service 05300000 4112 67F')).toEqual([]);
    expect(summary(extractIdentifiers('Parcel No: 05300000 4112 67F'))).toEqual([
      { kind: 'dpd', value: '05300000411267F', valid: false, label: 'Parcel' },
    ]);
  });

  it('does not report a bare 14-digit number (nothing to check it with)', () => {
    expect(extractIdentifiers('Consignment 05300000011267')).toEqual([]);
  });

  it('does not take an IMEI for a DPD number with a digit check character', () => {
    expect(summary(extractIdentifiers('DPD\nIMEI 356938035643809')).map((item) => item.kind)).toEqual(['imei']);
  });
});

describe('barcode payloads', () => {
  it.each([
    ['0057714403', 'dhl-express', '0057714403'],
    ['1Z0FH3446831744085', 'ups', '1Z0FH3446831744085'],
    ['%000280005300000011267136056', 'dpd', '05300000011267F'],
    ['356938035643809', 'imei', '356938035643809'],
    // A label's barcode with one digit after the IMEI (the Philips back label of the real corpus).
    ['4486745289764109', 'imei', '448674528976410'],
  ])('%s is a %s', (payload, kind, value) => {
    expect(extractIdentifiers(payload, { source: 'barcode' })).toMatchObject([{ kind, value, valid: true }]);
  });

  it.each([['JJD013036538172296379'], ['1234567890'], ['4486745289764119'], ['0012345678901231'], ['000280005300000011267136056']])(
    'finds nothing in %s',
    (payload) => {
      expect(extractIdentifiers(payload, { source: 'barcode' })).toEqual([]);
    },
  );
});
