import type { MacroDefinition } from './define';
import requestMissingPhotos from './builtin/request-missing-photos';
import dhlPickupWithWaybill from './builtin/dhl-pickup-with-waybill';
import dhlServicePointWithWaybill from './builtin/dhl-service-point-with-waybill';
import copyWaybill from './builtin/copy-waybill';

/**
 * Every built-in macro, in the order the options page and the palette list them. Add one by adding its file under
 * builtin/ (the file name is its id) and a line here; a meta test fails otherwise.
 */
export const builtinMacros: readonly MacroDefinition[] = [
  requestMissingPhotos,
  dhlPickupWithWaybill,
  dhlServicePointWithWaybill,
  copyWaybill,
];

export function getBuiltinMacro(id: string): MacroDefinition | undefined {
  return builtinMacros.find((macro) => macro.id === id);
}

export function hasBuiltinMacro(id: string): boolean {
  return builtinMacros.some((macro) => macro.id === id);
}
