// This install's signing key pair (signed exports, src/evidence/seal/signature.ts), made once and kept in its
// own IndexedDB database: IndexedDB stores a CryptoKey by structured clone, private half included, while
// the key stays non-extractable, so not even Sightline's own pages can read it out. Kept apart from the
// evidence log's database so clearing the log keeps the key (a member's key should only change with a
// new install), and the log's schema needs no change.
import { generateSigningKeys } from '../evidence/seal/signature';

const DB_NAME = 'sightline-signing-key';
const STORE = 'keys';
const ID = 'install';

function open(): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(DB_NAME, 1);
    request.onupgradeneeded = () => request.result.createObjectStore(STORE);
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error ?? new Error('cannot open the signing key store'));
  });
}

function run<T>(db: IDBDatabase, mode: IDBTransactionMode, act: (store: IDBObjectStore) => IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    const request = act(db.transaction(STORE, mode).objectStore(STORE));
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error ?? new Error('signing key store failed'));
  });
}

/** The install's key pair, made on first use. */
export async function installSigningKeys(): Promise<CryptoKeyPair> {
  const db = await open();
  try {
    const stored = await run<CryptoKeyPair | undefined>(
      db,
      'readonly',
      (store) => store.get(ID) as IDBRequest<CryptoKeyPair | undefined>,
    );
    if (stored) return stored;
    const keys = await generateSigningKeys();
    // add, not put: if another page made one meanwhile, keep that one (a member has one key per install).
    try {
      await run(db, 'readwrite', (store) => store.add(keys, ID));
      return keys;
    } catch {
      const winner = await run<CryptoKeyPair | undefined>(
        db,
        'readonly',
        (store) => store.get(ID) as IDBRequest<CryptoKeyPair | undefined>,
      );
      if (winner) return winner;
      throw new Error('cannot keep the signing key');
    }
  } finally {
    db.close();
  }
}
