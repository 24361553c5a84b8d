/**
 * The two ways to hand over a DHL Express return label, shared by the DHL templates so each option is worded once.
 * Facts from the UK return guide, step 8 ("Express Worldwide DHL" labels). Plain strings: they are pasted into
 * template bodies, where `{{waybill}}` stays a variable.
 */

export const DHL_SERVICE_POINT_STEPS = {
  gb: `1. Find the nearest DHL Service Point on DHL's website.
2. Select your location, then choose "Send shipment" > "I have a DHL account or return shipment" > "I have printed a DHL Label".
3. Print the label and stick it firmly on the top of the box. No printer? Check the "Services available" section of the Service Point you picked: some offer "Label printing possible" for a small fee. Take a digital copy of the label with you (on a USB stick, for example) so they can print it there.
4. Hand the parcel in at the DHL Service Point and keep your receipt.`,
  us: `1. Find the closest DHL Service Point on DHL's website.
2. Select your location, then choose "Send shipment" > "I have a DHL account or return shipment" > "I have printed a DHL Label".
3. Print the label and attach it securely to the top of the box. No printer? Check the "Services available" section of the Service Point you picked: some offer "Label printing possible" for a small fee. Bring a digital copy of the label (on a USB drive, for example) so they can print it there.
4. Take the package to the DHL Service Point and keep your receipt.`,
};

export const DHL_PICKUP_STEPS = {
  gb: `1. Book a pickup on DHL's website.
2. To the question "Do you need to create a shipping label?", answer "No", then choose "I have a DHL Waybill Number".
3. Enter your DHL waybill number: the 10-digit number next to the word WAYBILL, beneath the first barcode on your label.{{#waybill}} For this parcel it is {{waybill}}.{{/waybill}}
4. Fill in your details and choose the date and time of the pickup.
5. Print the label and stick it on the parcel where it is clearly visible.
6. Please be at home at the time you chose, so DHL can collect the parcel.`,
  us: `1. Schedule a pickup on DHL's website.
2. When asked "Do you need to create a shipping label?", answer "No", then select "I have a DHL Waybill Number".
3. Enter your DHL waybill number: the 10-digit number next to the word WAYBILL, beneath the first barcode on your label.{{#waybill}} For this package it's {{waybill}}.{{/waybill}}
4. Fill in your information and choose the date and time of the pickup.
5. Print the label and stick it on the package where it's clearly visible.
6. Please make sure you're home at the time you chose, so DHL can pick up the package.`,
};

/** Step 8's warning for every courier: drop-off points differ, and the wrong one can refuse the parcel. */
export const RIGHT_DROP_OFF = {
  gb: 'Each courier has its own drop-off points, and a parcel taken to the wrong one can be refused.',
  us: 'Each carrier has its own drop-off locations, and a package taken to the wrong one can be refused.',
};
