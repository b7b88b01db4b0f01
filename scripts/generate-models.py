#!/usr/bin/env python3
"""Generates the KubeModels resource structs from the official Kubernetes 1.32 JSON schemas.

The schemas come with kubernetes-validate (PyPI):
    pip install kubernetes-validate==1.37.0
    python3 scripts/generate-models.py

For every kind listed in KINDS it emits, with everything they reference:
  * a `public struct` per definition (required fields non-optional; optional arrays and maps
    non-optional and omitted when empty, as Go's `omitempty`; other optional fields Optional),
  * explicit `Codable` conformances (so YAML coders work with the same types),
  * the fast JSON path (`KubeJSONCodable`), switching on a hash of each key,
  * the strategic-merge-patch metadata table,
  * the `KubeResource` conformances and the list of built-in kinds for the scheme.
Output goes to Sources/KubeModels/Generated/. Hand-written conveniences live in extensions elsewhere.
"""
import json
import os
import re
import sys
import textwrap

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(ROOT, "Sources", "KubeModels", "Generated")

def find_definitions():
    import kubernetes_validate
    base = os.path.dirname(kubernetes_validate.__file__)
    return os.path.join(base, "kubernetes-json-schema", "v1.32.0-local", "_definitions.json")

# (definition, plural, namespaced)
KINDS = [
    ("io.k8s.api.core.v1.Pod", "pods", True),
    ("io.k8s.api.core.v1.Node", "nodes", False),
    ("io.k8s.api.core.v1.Namespace", "namespaces", False),
    ("io.k8s.api.core.v1.Service", "services", True),
    ("io.k8s.api.core.v1.Endpoints", "endpoints", True),
    ("io.k8s.api.core.v1.ConfigMap", "configmaps", True),
    ("io.k8s.api.core.v1.Secret", "secrets", True),
    ("io.k8s.api.core.v1.ServiceAccount", "serviceaccounts", True),
    ("io.k8s.api.core.v1.PersistentVolume", "persistentvolumes", False),
    ("io.k8s.api.core.v1.PersistentVolumeClaim", "persistentvolumeclaims", True),
    ("io.k8s.api.core.v1.Event", "events", True),
    ("io.k8s.api.core.v1.LimitRange", "limitranges", True),
    ("io.k8s.api.core.v1.ResourceQuota", "resourcequotas", True),
    ("io.k8s.api.core.v1.Binding", "bindings", True),
    ("io.k8s.api.core.v1.PodTemplate", "podtemplates", True),
    ("io.k8s.api.apps.v1.Deployment", "deployments", True),
    ("io.k8s.api.apps.v1.ReplicaSet", "replicasets", True),
    ("io.k8s.api.apps.v1.StatefulSet", "statefulsets", True),
    ("io.k8s.api.apps.v1.DaemonSet", "daemonsets", True),
    ("io.k8s.api.apps.v1.ControllerRevision", "controllerrevisions", True),
    ("io.k8s.api.batch.v1.Job", "jobs", True),
    ("io.k8s.api.batch.v1.CronJob", "cronjobs", True),
    ("io.k8s.api.autoscaling.v2.HorizontalPodAutoscaler", "horizontalpodautoscalers", True),
    ("io.k8s.api.policy.v1.PodDisruptionBudget", "poddisruptionbudgets", True),
    ("io.k8s.api.policy.v1.Eviction", "evictions", True),
    ("io.k8s.api.discovery.v1.EndpointSlice", "endpointslices", True),
    ("io.k8s.api.networking.v1.Ingress", "ingresses", True),
    ("io.k8s.api.networking.v1.IngressClass", "ingressclasses", False),
    ("io.k8s.api.networking.v1.NetworkPolicy", "networkpolicies", True),
    ("io.k8s.api.rbac.v1.Role", "roles", True),
    ("io.k8s.api.rbac.v1.ClusterRole", "clusterroles", False),
    ("io.k8s.api.rbac.v1.RoleBinding", "rolebindings", True),
    ("io.k8s.api.rbac.v1.ClusterRoleBinding", "clusterrolebindings", False),
    ("io.k8s.api.storage.v1.StorageClass", "storageclasses", False),
    ("io.k8s.api.scheduling.v1.PriorityClass", "priorityclasses", False),
    ("io.k8s.api.coordination.v1.Lease", "leases", True),
]
EXTRA = ["io.k8s.apimachinery.pkg.apis.meta.v1.Condition", "io.k8s.apimachinery.pkg.apis.meta.v1.ListMeta",
         "io.k8s.apimachinery.pkg.apis.meta.v1.LabelSelector"]

# Definitions written by hand (name in Swift).
HAND_WRITTEN = {
    "io.k8s.apimachinery.pkg.apis.meta.v1.Time": "Time",
    "io.k8s.apimachinery.pkg.apis.meta.v1.MicroTime": "MicroTime",
    "io.k8s.apimachinery.pkg.api.resource.Quantity": "Quantity",
    "io.k8s.apimachinery.pkg.util.intstr.IntOrString": "IntOrString",
    "io.k8s.apimachinery.pkg.apis.meta.v1.FieldsV1": "JSONValue",
    "io.k8s.apimachinery.pkg.runtime.RawExtension": "JSONValue",
}
# Names that would collide: the later group gets a qualified Swift name.
RENAMES = {
    "io.k8s.api.discovery.v1.EndpointPort": "EndpointSlicePort",
    "io.k8s.apimachinery.pkg.apis.meta.v1.Status": "MetaStatus",
    "io.k8s.apimachinery.pkg.apis.meta.v1.Duration": "MetaDuration",
}
# ObjectMeta keeps Go's omitempty strings: non-optional, "" (or 0) meaning absent.
OMITEMPTY_SCALARS = {
    ("io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta", f)
    for f in ["name", "generateName", "namespace", "uid", "resourceVersion", "generation", "selfLink"]
}
SWIFT_KEYWORDS = {"default", "operator", "protocol", "internal", "public", "private", "static", "class", "struct",
                  "enum", "case", "if", "else", "for", "while", "return", "self", "Self", "true", "false", "nil",
                  "import", "extension", "func", "let", "var", "in", "is", "as", "where", "switch", "repeat",
                  "init", "deinit", "subscript", "throws", "rethrows", "try", "catch", "defer", "guard", "do",
                  "break", "continue", "fallthrough", "inout", "operator", "Type", "some", "any"}

def fnv(s):
    h = 0xcbf29ce484222325
    for b in s.encode():
        h = ((h ^ b) * 0x100000001b3) & 0xFFFFFFFFFFFFFFFF
    return h

def swift_name(defname):
    if defname in HAND_WRITTEN:
        return HAND_WRITTEN[defname]
    if defname in RENAMES:
        return RENAMES[defname]
    return defname.split(".")[-1]

def file_group(defname):
    parts = defname.split(".")
    if defname.startswith("io.k8s.apimachinery"):
        return "MetaV1"
    group, version = parts[3], parts[4]
    return group[0].upper() + group[1:] + version[0].upper() + version[1:]

def api_version(defn):
    gvk = defn["x-kubernetes-group-version-kind"][0]
    return (gvk["group"] + "/" if gvk["group"] else "") + gvk["version"], gvk["kind"]

def ident(name):
    return f"`{name}`" if name in SWIFT_KEYWORDS else name

def doc(text, indent):
    if not text:
        return ""
    lines = []
    for para in text.strip().split("\n"):
        wrapped = textwrap.wrap(para, 110, break_on_hyphens=False, break_long_words=False) or [""]
        lines.extend(wrapped)
    return "".join(f"{indent}/// {l}".rstrip() + "\n" for l in lines)

class Field:
    def __init__(self, owner, json_name, schema, required, defs):
        self.json = json_name
        self.name = ident(json_name)
        self.plain = json_name
        self.schema = schema
        self.required = required
        self.owner = owner
        self.kind, self.swift, self.elem_ref, self.byte = self.resolve(schema)
        self.omit_scalar = (owner, json_name) in OMITEMPTY_SCALARS
        self.patch_strategy = schema.get("x-kubernetes-patch-strategy")
        self.merge_key = schema.get("x-kubernetes-patch-merge-key")
        self.list_type = schema.get("x-kubernetes-list-type")
        self.map_keys = schema.get("x-kubernetes-list-map-keys")

    @staticmethod
    def ref_of(s):
        if "$ref" in s:
            return s["$ref"].split("/")[-1]
        if "allOf" in s and len(s["allOf"]) == 1 and "$ref" in s["allOf"][0]:
            return s["allOf"][0]["$ref"].split("/")[-1]
        return None

    def scalar(self, s):
        ref = self.ref_of(s)
        if ref:
            return swift_name(ref), ref, False
        t = s.get("type")
        if isinstance(t, list):
            t = [x for x in t if x != "null"][0]
        fmt = s.get("format")
        if t == "string":
            if fmt == "byte":
                return "Data", None, True
            return "String", None, False
        if t == "integer":
            return ("Int32" if fmt == "int32" else "Int64"), None, False
        if t == "number":
            return "Double", None, False
        if t == "boolean":
            return "Bool", None, False
        if t == "object" and "additionalProperties" not in s:
            return "JSONValue", None, False
        raise SystemExit(f"unsupported schema in {self.owner}.{self.json}: {s}")

    def resolve(self, s):
        t = s.get("type")
        if isinstance(t, list):
            t = [x for x in t if x != "null"][0]
        if self.ref_of(s) is None and t == "array":
            sw, ref, byte = self.scalar(s["items"])
            return "array", f"[{sw}]", ref, byte
        if self.ref_of(s) is None and t == "object" and "additionalProperties" in s:
            ap = s["additionalProperties"]
            if self.ref_of(ap) is None and (ap.get("type") == "array" or "array" in (ap.get("type") or [])):
                sw, ref, byte = self.scalar(ap["items"])
                return "map", f"[String: [{sw}]]", ref, byte
            sw, ref, byte = self.scalar(ap)
            return "map", f"[String: {sw}]", ref, byte
        sw, ref, byte = self.scalar(s)
        return "scalar", sw, ref, byte

    @property
    def collection(self):
        return self.kind in ("array", "map")

    def storage_type(self, is_kind_top):
        if self.collection or self.required or self.omit_scalar or self.spec_status(is_kind_top):
            return self.swift
        return self.swift + "?"

    def spec_status(self, is_kind_top):
        """Fields kept non-optional and omitted when empty: a kind's spec and status, and metadata anywhere."""
        if self.kind != "scalar" or self.elem_ref is None or self.elem_ref in HAND_WRITTEN:
            return False
        if self.elem_ref in ("io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta", "io.k8s.apimachinery.pkg.apis.meta.v1.ListMeta"):
            return True
        return is_kind_top and self.json in ("spec", "status")

    def zero(self):
        if self.collection:
            return "[]" if self.kind == "array" else "[:]"
        return {"String": '""', "Int32": "0", "Int64": "0", "Double": "0", "Bool": "false", "Data": "Data()",
                "Quantity": "Quantity.zero", "IntOrString": ".int(0)", "Time": "Time(secondsSince1970: 0)",
                "MicroTime": "MicroTime(microsecondsSince1970: 0)", "JSONValue": ".null"}.get(self.swift, f"{self.swift}()")

    def default(self, is_kind_top):
        if self.collection or self.required or self.omit_scalar or self.spec_status(is_kind_top):
            return self.zero()
        return "nil"

    def present_condition(self, is_kind_top):
        """Swift condition under which the field is written, or None for always."""
        if self.required and not self.omit_scalar and not self.spec_status(is_kind_top):
            return None
        if self.collection:
            return f"!{self.name}.isEmpty"
        if self.omit_scalar:
            return f"{self.name} != {self.zero()}"
        if self.spec_status(is_kind_top):
            return f"{self.name} != {self.swift}()"
        if self.required:
            return None
        return "optional"

def main():
    path = sys.argv[1] if len(sys.argv) > 1 else find_definitions()
    defs = json.load(open(path))["$defs"]

    # Closure of referenced definitions.
    todo = [k for k, _, _ in KINDS] + EXTRA
    seen = []
    while todo:
        d = todo.pop()
        if d in seen or d in HAND_WRITTEN:
            continue
        if d not in defs:
            raise SystemExit(f"missing definition {d}")
        seen.append(d)
        for p in (defs[d].get("properties") or {}).values():
            for s in [p, p.get("items") or {}, p.get("additionalProperties") if isinstance(p.get("additionalProperties"), dict) else {}]:
                r = Field.ref_of(s)
                if r:
                    todo.append(r)
                if isinstance(s, dict) and isinstance(s.get("items"), dict):
                    r2 = Field.ref_of(s["items"])
                    if r2:
                        todo.append(r2)
    names = {}
    for d in seen:
        n = swift_name(d)
        if n in names:
            raise SystemExit(f"name collision: {d} and {names[n]} both map to {n}: add a rename")
        names[n] = d

    kinds = {k: (plural, ns) for k, plural, ns in KINDS}
    groups = {}
    for d in sorted(seen, key=lambda x: swift_name(x)):
        groups.setdefault(file_group(d), []).append(d)

    os.makedirs(OUT, exist_ok=True)
    for f in os.listdir(OUT):
        if f.endswith(".swift"):
            os.remove(os.path.join(OUT, f))

    patch_rows = []
    header = "// Generated by scripts/generate-models.py from the Kubernetes 1.32 OpenAPI schemas. Do not edit.\n\n"
    for group, ds in sorted(groups.items()):
        types_out = [header, "import Foundation\n\n"]
        codable_out = [header, "import Foundation\n\n"]
        fast_out = [header, "import Foundation\n\n"]
        for d in ds:
            defn = defs[d]
            sname = swift_name(d)
            is_kind = d in kinds
            req = set(defn.get("required") or [])
            props = defn.get("properties") or {}
            fields = []
            for pname in props:
                if is_kind and pname in ("apiVersion", "kind"):
                    continue
                fields.append(Field(d, pname, props[pname], pname in req, defs))
            # metadata first, then alphabetical (the schema's order)
            fields.sort(key=lambda f: (f.json != "metadata", f.json))
            for f in fields:
                if f.patch_strategy or f.merge_key or f.list_type or f.elem_ref:
                    patch_rows.append("\t".join([sname, f.json, f.patch_strategy or "", f.merge_key or "",
                                                 f.list_type or "", ",".join(f.map_keys or []),
                                                 swift_name(f.elem_ref) if f.elem_ref and f.elem_ref not in HAND_WRITTEN else ""]))

            # --- struct
            t = types_out
            t.append(doc(defn.get("description", ""), ""))
            t.append(f"public struct {sname}: Sendable, Hashable {{\n")
            for f in fields:
                t.append(doc(f.schema.get("description", ""), "    "))
                t.append(f"    public var {f.name}: {f.storage_type(is_kind)} = {f.default(is_kind)}\n")
            t.append("\n    /// Creates an empty value.\n    public init() {}\n")
            if fields:
                t.append("\n    /// Creates a value; every field not given keeps its empty default.\n")
                params = ",\n".join(f"        {f.plain}: {f.storage_type(is_kind)} = {f.default(is_kind)}" for f in fields)
                t.append(f"    public init(\n{params}\n    ) {{\n")
                for f in fields:
                    t.append(f"        self.{f.name} = {f.name}\n")
                t.append("    }\n")
            t.append("}\n\n")
            if is_kind:
                av, kind = api_version(defn)
                plural, ns = kinds[d]
                t.append(f"extension {sname}: KubeResource {{\n")
                t.append(f"    public static let apiVersion = \"{av}\"\n")
                t.append(f"    public static let kind = \"{kind}\"\n")
                t.append(f"    public static let pluralName = \"{plural}\"\n")
                t.append(f"    public static let isNamespaced = {'true' if ns else 'false'}\n")
                t.append("}\n\n")

            # --- Codable
            c = codable_out
            c.append(f"extension {sname}: Codable {{\n")
            keys = ([("apiVersion", "apiVersion"), ("kind", "kind")] if is_kind else []) + [(f.name, f.json) for f in fields]
            if keys:
                c.append("    enum CodingKeys: String, CodingKey {\n")
                for n, j in keys:
                    c.append(f"        case {n}" + (f" = \"{j}\"" if n.strip('`') != j else "") + "\n")
                c.append("    }\n\n")
            c.append("    public init(from decoder: any Decoder) throws {\n")
            if keys:
                c.append("        let c = try decoder.container(keyedBy: CodingKeys.self)\n")
            if is_kind:
                c.append("        try KubeResourceCoding.check(c, apiVersion: .apiVersion, kind: .kind, for: Self.self)\n")
            for f in fields:
                dflt = f.default(is_kind)
                if f.byte:
                    if f.kind == "map":
                        c.append(f"        self.{f.name} = try Base64Field.decodeMap(c, .{f.name}, field: \"{f.json}\")\n")
                    elif f.kind == "scalar":
                        c.append(f"        self.{f.name} = try Base64Field.decode(c, .{f.name}, field: \"{f.json}\")" + ("" if dflt == "nil" else f" ?? {dflt}") + "\n")
                    else:
                        raise SystemExit(f"byte array field {d}.{f.json}")
                elif dflt == "nil":
                    c.append(f"        self.{f.name} = try c.decodeIfPresent({f.swift}.self, forKey: .{f.name})\n")
                else:
                    c.append(f"        self.{f.name} = try c.decodeIfPresent({f.swift}.self, forKey: .{f.name}) ?? {dflt}\n")
            c.append("    }\n\n")
            c.append("    public func encode(to encoder: any Encoder) throws {\n")
            if keys:
                c.append("        var c = encoder.container(keyedBy: CodingKeys.self)\n")
            if is_kind:
                c.append("        try c.encode(Self.apiVersion, forKey: .apiVersion)\n")
                c.append("        try c.encode(Self.kind, forKey: .kind)\n")
            for f in fields:
                cond = f.present_condition(is_kind)
                if f.byte:
                    if f.kind == "map":
                        val = f"{f.name}.mapValues {{ $0.base64EncodedString() }}"
                    else:
                        val = f"{f.name}{'?' if cond == 'optional' else ''}.base64EncodedString()"
                else:
                    val = f.name
                if cond is None:
                    c.append(f"        try c.encode({val}, forKey: .{f.name})\n")
                elif cond == "optional":
                    c.append(f"        try c.encodeIfPresent({val}, forKey: .{f.name})\n")
                else:
                    c.append(f"        if {cond} {{ try c.encode({val}, forKey: .{f.name}) }}\n")
            c.append("    }\n}\n\n")

            # --- fast path
            fp = fast_out
            fp.append(f"extension {sname}: KubeJSONCodable {{\n")
            fp.append("    public init(kubeJSON r: inout KubeJSONReader) throws {\n")
            fp.append("        self.init()\n")
            fp.append("        try r.beginObject()\n")
            fp.append("        while let k = try r.nextKey() {\n")
            fp.append("            if r.consumeNull() { continue }\n")
            fp.append("            switch k.hash {\n")
            all_keys = ([("apiVersion", None), ("kind", None)] if is_kind else []) + [(f.json, f) for f in fields]
            hashes = {}
            for j, f in all_keys:
                h = fnv(j)
                if h in hashes:
                    raise SystemExit(f"hash collision in {sname}: {j} {hashes[h]}")
                hashes[h] = j
                if f is None:
                    what = "apiVersion" if j == "apiVersion" else "kind"
                    fp.append(f"            case 0x{h:016x}:\n")
                    fp.append(f"                if r.key(k, is: \"{j}\") {{ try KubeResourceCoding.check{what[0].upper() + what[1:]}(&r, for: Self.self); continue }}\n")
                    continue
                if f.byte:
                    if f.kind == "map":
                        expr = f"try Base64Field.decodeMap([String: String](kubeJSON: &r), field: \"{f.json}\")"
                    else:
                        expr = f"try Base64Field.decode(r.readString(), field: \"{f.json}\")"
                else:
                    expr = f"try {f.swift}(kubeJSON: &r)"
                fp.append(f"            case 0x{h:016x}:\n")
                fp.append(f"                if r.key(k, is: \"{j}\") {{ self.{f.name} = {expr}; continue }}\n")
            fp.append("            default: break\n")
            fp.append("            }\n")
            fp.append("            try r.skipValue()\n")
            fp.append("        }\n")
            fp.append("    }\n\n")
            fp.append("    public func encode(kubeJSON w: inout KubeJSONWriter) {\n")
            fp.append("        w.beginObject()\n")
            if is_kind:
                fp.append('        w.rawKey("\\"apiVersion\\":"); w.write(Self.apiVersion)\n')
                fp.append('        w.rawKey("\\"kind\\":"); w.write(Self.kind)\n')
            for f in fields:
                cond = f.present_condition(is_kind)
                key = f'w.rawKey("\\"{f.json}\\":")'
                if f.byte:
                    if f.kind == "map":
                        enc = f"{key}; {f.name}.mapValues {{ $0.base64EncodedString() }}.encode(kubeJSON: &w)"
                    else:
                        enc = f"{key}; v.encode(kubeJSON: &w)" if cond == "optional" else f"{key}; {f.name}.encode(kubeJSON: &w)"
                else:
                    enc = f"{key}; v.encode(kubeJSON: &w)" if cond == "optional" else f"{key}; {f.name}.encode(kubeJSON: &w)"
                if cond is None:
                    fp.append(f"        {enc}\n")
                elif cond == "optional":
                    fp.append(f"        if let v = {f.name} {{ {enc} }}\n")
                else:
                    fp.append(f"        if {cond} {{ {enc} }}\n")
            fp.append("        w.endObject()\n")
            fp.append("    }\n}\n\n")

        for suffix, content in (("", types_out), ("+Codable", codable_out), ("+KubeJSON", fast_out)):
            with open(os.path.join(OUT, f"{group}{suffix}.swift"), "w") as fh:
                fh.write("".join(content).rstrip() + "\n")

    # Scheme registry and patch metadata.
    with open(os.path.join(OUT, "BuiltInKinds.swift"), "w") as fh:
        fh.write(header)
        fh.write("/// Every kind this package models, for the scheme.\n")
        fh.write("let generatedBuiltInKinds: [any KubeResource.Type] = [\n")
        for k, _, _ in KINDS:
            fh.write(f"    {swift_name(k)}.self,\n")
        fh.write("]\n")
    with open(os.path.join(OUT, "PatchMetadata.swift"), "w") as fh:
        fh.write(header)
        fh.write("/// One line per field that has patch metadata or a structured type:\n")
        fh.write("/// `Type<TAB>field<TAB>patchStrategy<TAB>mergeKey<TAB>listType<TAB>listMapKeys<TAB>elementType`.\n")
        fh.write("let generatedPatchMetadata = \"\"\"\n")
        for row in patch_rows:
            fh.write(row.replace("\\", "\\\\") + "\n")
        fh.write("\"\"\"\n\n")
        fh.write("/// The Swift type name of each built-in kind's root definition, by kind.\n")
        fh.write("let generatedKindRoots: [String: String] = [\n")
        for k, _, _ in KINDS:
            fh.write(f"    \"{api_version(defs[k])[1]}\": \"{swift_name(k)}\",\n")
        fh.write("]\n")
    print(f"generated {len(seen)} definitions in {len(groups)} groups, {len(patch_rows)} patch rows")

if __name__ == "__main__":
    main()
