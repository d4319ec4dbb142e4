import type { LandlordType } from './enums';

export interface LandlordDto {
  id: string;
  name: string;
  type: LandlordType;
  registrationCode: string | null;
  region: string | null;
  homesOwned: number | null;
  aliases: string[];
}

export interface CreateLandlordRequest {
  name: string;
  type: LandlordType;
  registrationCode?: string;
  region?: string;
  homesOwned?: number;
  aliases?: string[];
}
