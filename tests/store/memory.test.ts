import { describe } from 'vitest';
import { memoryStore } from '../../src/store/memory.js';
import { runAppendWriterContract, runLogContract, runStoreContract } from './contract.js';

describe('memory store', () => {
  runStoreContract(memoryStore);
  runAppendWriterContract(memoryStore);
  runLogContract(memoryStore);
});
