import EngageCore
import Yams
