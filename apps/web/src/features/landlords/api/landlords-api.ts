import type { LandlordDto, Page } from '@app/contracts';
import { apiRequest } from '@web/lib/api-client';

/** The landlord registry (analysts and admins). Accepts a plain array or a page of results. */
export async function fetchLandlords(): Promise<LandlordDto[]> {
  const body = await apiRequest<LandlordDto[] | Page<LandlordDto>>('/landlords');
  const items = Array.isArray(body) ? body : body.items;
  return [...items].sort((a, b) => a.name.localeCompare(b.name, 'en-GB'));
}
