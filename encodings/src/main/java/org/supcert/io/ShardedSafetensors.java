package org.supcert.io;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.Closeable;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Opens a sharded model through its {@code model.safetensors.index.json} (or a PyTorch
 * {@code pytorch_model.bin.index.json}, whose shards are {@code .bin} checkpoints): the
 * {@code weight_map} object names, for each tensor, the shard file (relative to the index's folder)
 * that holds it. Every listed tensor must exist in its shard; shards may not lie outside the folder.
 * Tensors of a shard that the map does not list are not offered.
 */
final class ShardedSafetensors {
    private ShardedSafetensors() {}

    static TensorSource open(Path index) throws IOException {
        StrictJson.requireRegularFile(index, IoLimits.MAX_INDEX_BYTES);
        JsonNode root = StrictJson.parse(index, "index", new String(Files.readAllBytes(index), StandardCharsets.UTF_8));
        JsonNode map = root == null ? null : root.get("weight_map");
        if (map == null || !map.isObject()) throw new FormatException(index, "index has no weight_map object");
        Path dir = index.toAbsolutePath().getParent().normalize();
        Map<String, StoredTensors> shards = new LinkedHashMap<>();
        List<Closeable> resources = new ArrayList<>();
        try {
            List<StoredTensor> tensors = new ArrayList<>();
            for (Map.Entry<String, JsonNode> f : map.properties()) {
                String name = f.getKey();
                if (!f.getValue().isTextual()) throw new FormatException(index, name, "weight_map value is not a file name");
                String shardName = f.getValue().asText();
                Path shardPath = dir.resolve(shardName).normalize();
                if (!shardPath.startsWith(dir) || shardPath.equals(dir)) {
                    throw new FormatException(index, name, "shard '" + shardName + "' lies outside " + dir);
                }
                StoredTensors shard = shards.get(shardName);
                if (shard == null) {
                    if (!Files.isRegularFile(shardPath)) {
                        throw new FormatException(index, name, "shard file '" + shardName + "' does not exist");
                    }
                    shard = Formats.openShard(shardPath);
                    shards.put(shardName, shard);
                    resources.add(shard);
                }
                if (!shard.contains(name)) {
                    throw new FormatException(index, name, "weight_map places it in shard '" + shardName
                            + "', which holds no such tensor");
                }
                tensors.add(shard.stored(name));
            }
            return new StoredTensors(index, tensors, resources);
        } catch (IOException | RuntimeException e) {
            for (Closeable c : resources) c.close();
            throw e;
        }
    }
}
