// When the person last opened the overview (storage.local), so it can say what is new since then.
import { z } from 'zod';
import { storageItem } from '../shared/storage-item';

export const lastOpenedItem = storageItem(
  'local',
  'dashboardLastOpened',
  z.number().int().nonnegative().nullable(),
  null,
);
