import { describe } from 'vitest';
import { memoryStore } from '../../src/store/memory.js';
import { runStoreContract } from './contract.js';

describe('memory store', () => runStoreContract(memoryStore));
