print("kube-manifests: placeholder")
