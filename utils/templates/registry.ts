import type { TemplateDefinition } from './define';
import returnHowToStart from './builtin/return-how-to-start';
import warrantyCoverage from './builtin/warranty-coverage';
import warrantyExclusionImpactDamage from './builtin/warranty-exclusion-impact-damage';
import warrantyExclusionLiquidDamage from './builtin/warranty-exclusion-liquid-damage';
import warrantyExclusionThirdPartyRepair from './builtin/warranty-exclusion-third-party-repair';
import photoRequestSmartphone from './builtin/photo-request-smartphone';
import photoRequestTablet from './builtin/photo-request-tablet';
import photoRequestComputer from './builtin/photo-request-computer';
import photoRequestSmartwatch from './builtin/photo-request-smartwatch';
import photoRequestOther from './builtin/photo-request-other';
import photoRequestMissing from './builtin/photo-request-missing';
import imeiRequest from './builtin/imei-request';
import imeiReceived from './builtin/imei-received';
import backupData from './builtin/backup-data';
import disconnectAccounts from './builtin/disconnect-accounts';
import disconnectIcloudDeviceWorks from './builtin/disconnect-icloud-device-works';
import disconnectIcloudDeviceDead from './builtin/disconnect-icloud-device-dead';
import disconnectGoogleDeviceWorks from './builtin/disconnect-google-device-works';
import disconnectGoogleDeviceDead from './builtin/disconnect-google-device-dead';
import disconnectSamsungDeviceWorks from './builtin/disconnect-samsung-device-works';
import disconnectSamsungDeviceDead from './builtin/disconnect-samsung-device-dead';
import disconnectEsimDeviceWorks from './builtin/disconnect-esim-device-works';
import disconnectEsimDeviceDead from './builtin/disconnect-esim-device-dead';
import disconnectProof from './builtin/disconnect-proof';
import orderDetailsInParcel from './builtin/order-details-in-parcel';
import packingInstructions from './builtin/packing-instructions';
import returnLabelDhlExpress from './builtin/return-label-dhl-express';
import returnLabelDhlServicePoint from './builtin/return-label-dhl-service-point';
import returnLabelDhlPickup from './builtin/return-label-dhl-pickup';
import returnLabelDpdUk from './builtin/return-label-dpd-uk';
import returnLabelOwn from './builtin/return-label-own';
import tradeInCounterofferDeclined from './builtin/trade-in-counteroffer-declined';
import tradeInDisconnectionOrIdFailed from './builtin/trade-in-disconnection-or-id-failed';
import tradeInPrepaidUpsLabel from './builtin/trade-in-prepaid-ups-label';

/**
 * Every built-in template, in the order the panel lists them (grouped by folder, in the order a return goes).
 * Add one by adding its file under builtin/ (the file name is its id) and a line here; a meta test fails otherwise.
 */
export const builtinTemplates: readonly TemplateDefinition[] = [
  warrantyCoverage,
  warrantyExclusionImpactDamage,
  warrantyExclusionLiquidDamage,
  warrantyExclusionThirdPartyRepair,
  returnHowToStart,
  photoRequestSmartphone,
  photoRequestTablet,
  photoRequestComputer,
  photoRequestSmartwatch,
  photoRequestOther,
  photoRequestMissing,
  imeiRequest,
  imeiReceived,
  backupData,
  disconnectAccounts,
  disconnectIcloudDeviceWorks,
  disconnectIcloudDeviceDead,
  disconnectGoogleDeviceWorks,
  disconnectGoogleDeviceDead,
  disconnectSamsungDeviceWorks,
  disconnectSamsungDeviceDead,
  disconnectEsimDeviceWorks,
  disconnectEsimDeviceDead,
  disconnectProof,
  orderDetailsInParcel,
  packingInstructions,
  returnLabelDhlExpress,
  returnLabelDhlServicePoint,
  returnLabelDhlPickup,
  returnLabelDpdUk,
  returnLabelOwn,
  tradeInCounterofferDeclined,
  tradeInDisconnectionOrIdFailed,
  tradeInPrepaidUpsLabel,
];

export function builtinTemplate(id: string): TemplateDefinition {
  const template = builtinTemplates.find((candidate) => candidate.id === id);
  if (!template) throw new Error(`no built-in template "${id}"`);
  return template;
}

export function hasBuiltinTemplate(id: string): boolean {
  return builtinTemplates.some((candidate) => candidate.id === id);
}
