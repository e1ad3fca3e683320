/**
 * YAML text as every YAML format here reads it (native graph files on their Jackson path, docker-compose,
 * Backstage, rollout plans): Jackson's YAML parser on SnakeYAML, fed the whole text at once
 * ({@link dev.stagecraft.io.yaml.TextStreamReader}) so that reading is linear in the size of the text, and
 * limited to {@link dev.stagecraft.io.yaml.YamlLimits#MAX_CODE_POINTS} like graph files.
 */
package dev.stagecraft.io.yaml;
