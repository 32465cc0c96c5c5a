"""pip install . -- builds the `khulasa` Python module with the project's CMake.

Works with what Debian bookworm ships (setuptools, cmake, pybind11-dev,
python3-dev; no scikit-build-core): a build_ext that configures the
repository with only the libraries and the module, builds the target
`khulasa_python` and copies the extension where setuptools expects it.
The module finds its models in $KHULASA_MODEL_DIR, else in the models/
folder of the source tree it was built from.
"""

import glob
import os
import shutil
import subprocess
import sys

from setuptools import Extension, setup
from setuptools.command.build_ext import build_ext

ROOT = os.path.dirname(os.path.abspath(__file__))


class CMakeExtension(Extension):
    def __init__(self, name):
        super().__init__(name, sources=[])


class CMakeBuild(build_ext):
    def build_extension(self, ext):
        # A build folder of its own beside the others (ignored by git), kept
        # between installs so a reinstall only rebuilds what changed.
        build_dir = os.path.join(ROOT, "build-pip")
        os.makedirs(build_dir, exist_ok=True)
        subprocess.check_call([
            "cmake", "-S", ROOT, "-B", build_dir,
            "-DCMAKE_BUILD_TYPE=Release",
            "-DKHULASA_BUILD_TESTS=OFF",
            "-DKHULASA_BUILD_BENCHMARKS=OFF",
            "-DKHULASA_BUILD_TOOLS=OFF",
            "-DKHULASA_BUILD_PYTHON=ON",
            "-DPYTHON_EXECUTABLE=" + sys.executable,
        ])
        jobs = os.environ.get("CMAKE_BUILD_PARALLEL_LEVEL", str(os.cpu_count() or 1))
        subprocess.check_call(["cmake", "--build", build_dir, "--target",
                               "khulasa_python", "-j", jobs])
        built = glob.glob(os.path.join(build_dir, "python", "khulasa*.so"))
        if len(built) != 1:
            raise RuntimeError("expected one built module, found %r" % built)
        target = self.get_ext_fullpath(ext.name)
        os.makedirs(os.path.dirname(target), exist_ok=True)
        shutil.copyfile(built[0], target)


setup(
    name="khulasa",
    version="0.1.0",
    description="Key-point summaries of Arabic news articles, spoken",
    license="GPL-3.0-or-later",
    python_requires=">=3.9",
    ext_modules=[CMakeExtension("khulasa")],
    cmdclass={"build_ext": CMakeBuild},
    zip_safe=False,
)
