#!/usr/bin/python3
"""Writes the model fixtures of this folder with the real libraries (Debian python3-torch 1.13,
python3-onnx 1.12, python3-numpy): run it from this folder with /usr/bin/python3 make_models.py.

One pruned MLP 6 -> 8 -> 5 -> 3 (fc1, fc2, fc3; fixed masks, seeded weights) saved as
  mlp_pruned.pt            torch.save(state_dict()) with torch.nn.utils.prune's _orig/_mask pairs
  pytorch_model.bin        the same after prune.remove (pruned weights hold zeros), Hugging Face name
  sharded/                 pytorch_model-0000{1,2}-of-00002.bin + pytorch_model.bin.index.json
  mlp.onnx                 torch.onnx.export (Gemm, transB = 1, weights out x in)
  mlp_matmul.onnx          onnx.helper graph of MatMul nodes (weights in x out), external data in
                           mlp_matmul.onnx.data
  mlp.safetensors, mlp.npz the same weights (safetensors written by hand: the format is 10 lines)
and the edge cases
  gpt2_mlp.pt              GPT-2-style Conv1D weights h.0.mlp.c_fc (6 x 8, in x out) and h.0.mlp.c_proj
  views.pt                 non-contiguous views (a transpose, a slice with a storage offset) and
  views_expected.npz       their values made contiguous by numpy
  whole_model.pt           torch.save(model): a pickled module, refused
  legacy.pt                _use_new_zipfile_serialization=False: the pre-1.6 format, refused
"""
import json
import os
import struct

import numpy as np
import onnx
import torch
import torch.nn.utils.prune
from onnx import helper, numpy_helper, TensorProto

torch.manual_seed(13)
MASKS = {
    "fc1": np.array([[1, 1, 0, 0, 0, 0], [0, 1, 1, 0, 0, 0], [0, 0, 1, 1, 0, 0], [0, 0, 0, 1, 1, 0],
                     [0, 0, 0, 0, 1, 1], [1, 0, 0, 0, 0, 1], [1, 0, 1, 0, 1, 0], [0, 1, 0, 1, 0, 1]], dtype=np.float32),
    "fc2": np.array([[1, 1, 0, 0, 0, 0, 1, 0], [0, 0, 1, 1, 0, 0, 0, 1], [0, 0, 0, 0, 1, 1, 0, 0],
                     [1, 0, 1, 0, 1, 0, 0, 0], [0, 1, 0, 1, 0, 1, 1, 1]], dtype=np.float32),
    "fc3": np.array([[1, 1, 0, 0, 1], [0, 1, 1, 0, 0], [0, 0, 1, 1, 1]], dtype=np.float32),
}


class MLP(torch.nn.Module):
    def __init__(self):
        super().__init__()
        self.fc1 = torch.nn.Linear(6, 8)
        self.fc2 = torch.nn.Linear(8, 5)
        self.fc3 = torch.nn.Linear(5, 3)

    def forward(self, x):
        return self.fc3(torch.relu(self.fc2(torch.relu(self.fc1(x)))))


def pruned():
    m = MLP()
    for name, mask in MASKS.items():
        torch.nn.utils.prune.custom_from_mask(getattr(m, name), "weight", torch.from_numpy(mask))
    return m


def safetensors(path, tensors):
    header, blobs, offset = {}, [], 0
    for name, a in tensors.items():
        b = np.ascontiguousarray(a, dtype="<f4").tobytes()
        header[name] = {"dtype": "F32", "shape": list(a.shape), "data_offsets": [offset, offset + len(b)]}
        blobs.append(b)
        offset += len(b)
    h = json.dumps(header, separators=(",", ":")).encode()
    h += b" " * (-len(h) % 8)
    with open(path, "wb") as f:
        f.write(struct.pack("<Q", len(h)) + h + b"".join(blobs))


m = pruned()
torch.save(m.state_dict(), "mlp_pruned.pt")
for name in MASKS:
    torch.nn.utils.prune.remove(getattr(m, name), "weight")
sd = m.state_dict()
torch.save(sd, "pytorch_model.bin")
weights = {k: v.numpy() for k, v in sd.items()}
safetensors("mlp.safetensors", weights)
np.savez("mlp.npz", **weights)

os.makedirs("sharded", exist_ok=True)
shard1 = {k: v for k, v in sd.items() if k.startswith("fc1")}
shard2 = {k: v for k, v in sd.items() if not k.startswith("fc1")}
torch.save(shard1, "sharded/pytorch_model-00001-of-00002.bin")
torch.save(shard2, "sharded/pytorch_model-00002-of-00002.bin")
wm = {k: "pytorch_model-00001-of-00002.bin" for k in shard1}
wm.update({k: "pytorch_model-00002-of-00002.bin" for k in shard2})
with open("sharded/pytorch_model.bin.index.json", "w") as f:
    json.dump({"metadata": {"total_size": 0}, "weight_map": wm}, f, indent=2, sort_keys=True)

torch.onnx.export(m, torch.zeros(1, 6), "mlp.onnx", input_names=["x"], output_names=["y"],
                  do_constant_folding=False)

nodes, inits, prev = [], [], "x"
for k, name in enumerate(["fc1", "fc2", "fc3"]):
    w = weights[name + ".weight"].T.copy()  # MatMul's B is in x out
    inits.append(numpy_helper.from_array(w, name + ".weight"))
    out = "h%d" % k
    nodes.append(helper.make_node("MatMul", [prev, name + ".weight"], [out], name=name + "/MatMul"))
    prev = out
    if k < 2:
        nodes.append(helper.make_node("Relu", [prev], [prev + "r"]))
        prev = prev + "r"
graph = helper.make_graph(nodes, "mlp_matmul", [helper.make_tensor_value_info("x", TensorProto.FLOAT, [1, 6])],
                          [helper.make_tensor_value_info(prev, TensorProto.FLOAT, [1, 3])], inits)
model = helper.make_model(graph)
onnx.checker.check_model(model)
onnx.save_model(model, "mlp_matmul.onnx", save_as_external_data=True, all_tensors_to_one_file=True,
                location="mlp_matmul.onnx.data", size_threshold=0)

# Conv1D stores in x out: c_fc maps 6 -> 8 (the mask of fc1, transposed), c_proj 8 -> 6.
c_fc = torch.from_numpy(MASKS["fc1"].T.copy()) * (torch.rand(6, 8) + 0.5)
c_proj = torch.from_numpy(MASKS["fc1"][:, ::-1].copy()) * (torch.rand(8, 6) + 0.5)
torch.save({"h.0.mlp.c_fc.weight": c_fc, "h.0.mlp.c_fc.bias": torch.zeros(8),
            "h.0.mlp.c_proj.weight": c_proj, "h.0.mlp.c_proj.bias": torch.zeros(6)}, "gpt2_mlp.pt")

base = torch.arange(1, 61, dtype=torch.float32).reshape(6, 10)
base[base % 7 == 0] = 0
views = {"t.weight": base.t(), "slice.weight": base[2:5, 3:8], "step.weight": base[:, ::3]}
torch.save(views, "views.pt")
np.savez("views_expected.npz", **{k: np.ascontiguousarray(v.numpy()) for k, v in views.items()})

torch.save(MLP(), "whole_model.pt")
torch.save(sd, "legacy.pt", _use_new_zipfile_serialization=False)
