import { ENGINE_ERRORS, sayBoth } from '@pantau/messages';
import { PantauError } from '../../errors/pantau-error.ts';
import {
  makeWorkerPolicy,
  trustedScriptUrl,
  TRUSTED_TYPES_POLICY,
  type TrustedScriptURL,
} from './trusted-types.ts';

/**
 * The worker URL as the browser wants it (trusted-types.ts). A page whose `trusted-types`
 * directive does not allow Pantau's policy gets an error that names the policy to add.
 */
export function workerScriptUrl(url: string): string | TrustedScriptURL {
  try {
    makeWorkerPolicy();
  } catch (cause) {
    throw new PantauError({
      code: 'ENGINE_FAILED',
      text: sayBoth(ENGINE_ERRORS, 'trustedTypesPolicyRefused', TRUSTED_TYPES_POLICY),
      details: { policy: TRUSTED_TYPES_POLICY },
      cause,
    });
  }
  return trustedScriptUrl(url);
}
